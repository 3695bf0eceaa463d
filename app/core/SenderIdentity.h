#pragma once

#include <QString>

class Store;

// Contract §5: the random id of this app instance (sender_id), generated once per data directory
// and kept in its store, so a restart is the same sender and another installation is another.
class SenderIdentity
{
public:
    // The stored id, or a new one stored now. Empty only when the store cannot be read or written.
    static QString loadOrCreate(Store* store);
    // The name other instances show for this one ("hosted on <host>").
    static QString hostName();
};

// libFuzzer target: the CRM's queue answer (contract §2) as it arrives off the network. Whatever
// the bytes, parsing ends with leads and rejections, never a crash or a hang, and every accepted
// lead satisfies the contract's rules.
#include "LeadParser.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char*>(data), int(size));
    const QueueParseResult result = LeadParser::parseQueue(body, QStringLiteral("sdr_john"));
    if (!result.ok && (result.error.isEmpty() || !result.leads.isEmpty()))
        abort(); // a refused answer says why and routes nothing
    for (const Lead& lead : result.leads) {
        // The parser's promises: routed to the polled SDR, a usable id, a normalised phone and a
        // message within the limit.
        if (lead.sdrId != QLatin1String("sdr_john") || !LeadParser::isUsableId(lead.id) ||
            !lead.phone.startsWith(QLatin1Char('+')) || lead.message.isEmpty() ||
            LeadParser::messageLength(lead.message) > LeadParser::MaxMessageLength)
            abort();
    }
    return 0;
}

#pragma once

#include <linux/capability.h>
#include <sys/syscall.h>
#include <unistd.h>

// Root writes through file modes because of CAP_DAC_OVERRIDE. While this object lives, the
// calling thread has it out of its effective set (it stays permitted, so it comes back), and a
// read-only file is read-only for root too, with no tool such as chattr needed. No-op for others.
class RootOverrideSuspended
{
public:
    RootOverrideSuspended() { setDacOverride(false); }
    ~RootOverrideSuspended() { setDacOverride(true); }
    RootOverrideSuspended(const RootOverrideSuspended&) = delete;
    RootOverrideSuspended& operator=(const RootOverrideSuspended&) = delete;

private:
    static void setDacOverride(bool on)
    {
        __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
        __user_cap_data_struct data[_LINUX_CAPABILITY_U32S_3] = {};
        if (syscall(SYS_capget, &header, data) != 0)
            return;
        const unsigned bit = 1u << CAP_DAC_OVERRIDE;
        if (!(data[0].permitted & bit))
            return;
        data[0].effective = on ? (data[0].effective | bit) : (data[0].effective & ~bit);
        syscall(SYS_capset, &header, data);
    }
};

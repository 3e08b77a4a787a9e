// SPDX-License-Identifier: MIT
#include "engine/core/thread_priority.h"

#include <algorithm>

#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace ferry {

void lowerThreadPriority(int niceness)
{
#ifdef __linux__
    if (niceness > 0) {
        const auto thread = static_cast<id_t>(::syscall(SYS_gettid));
        (void)::setpriority(PRIO_PROCESS, thread, std::min(niceness, 19));
    }
#else
    (void)niceness;
#endif
}

} // namespace ferry

// SPDX-License-Identifier: MIT
#pragma once

namespace ferry {

/// Raises the calling thread's nice value to `niceness` (Linux keeps one per thread; raising
/// it needs no privilege). 0 or less: nothing. Best effort: a refusal leaves the thread as it
/// was. Elsewhere: nothing.
void lowerThreadPriority(int niceness);

} // namespace ferry

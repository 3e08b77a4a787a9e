# SPDX-License-Identifier: MIT
# Sources of ui/monitoring, added to ferry_ui (one owner per folder).

# SPDX-License-Identifier: MIT
# Sources of ui/wizards, added to ferry_ui (one owner per folder).

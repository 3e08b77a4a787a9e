# SPDX-License-Identifier: MIT
# Sources of ui/exceptions, added to ferry_ui (one owner per folder).
target_sources(ferry_ui PRIVATE
    exceptions/exceptions_view.cpp exceptions/exceptions_view.h exceptions/exceptions_view.ui
)

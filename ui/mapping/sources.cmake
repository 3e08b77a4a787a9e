# SPDX-License-Identifier: MIT
# Sources of ui/mapping, added to ferry_ui (one owner per folder).
target_sources(ferry_ui PRIVATE
    mapping/mapping_dialog.cpp mapping/mapping_dialog.h mapping/mapping_dialog.ui
    mapping/mapping_editor.cpp mapping/mapping_editor.h mapping/mapping_editor.ui
    mapping/mapping_editor_filters.cpp mapping/mapping_editor_support.h
    mapping/mapping_editor_transformations.cpp
)

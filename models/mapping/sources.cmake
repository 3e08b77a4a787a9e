# SPDX-License-Identifier: MIT
# Sources of models/mapping, added to ferry_models (one owner per folder).
target_sources(ferry_models PRIVATE
    mapping/catalog_tree_model.cpp mapping/catalog_tree_model.h
    mapping/mapping_preview_model.cpp mapping/mapping_preview_model.h
    mapping/rule_text.cpp mapping/rule_text.h
    mapping/selection_rules.cpp mapping/selection_rules.h
    mapping/target_type_names.cpp mapping/target_type_names.h
)

# SPDX-License-Identifier: MIT
# Sources of the mapping module, added to ferry_engine (included from engine/CMakeLists.txt).
target_sources(ferry_engine PRIVATE
    mapping/dms_data_type.cpp
    mapping/dms_data_type.h
    mapping/mapping_plan.cpp
    mapping/mapping_plan.h
    mapping/mapping_rules.cpp
    mapping/mapping_rules.h
    mapping/name_pattern.cpp
    mapping/target_names.cpp
    mapping/target_names.h
)

# SPDX-License-Identifier: MIT
# Sources of the mapping module, added to ferry_engine (included from engine/CMakeLists.txt).
ferry_units(ferry_engine mapping
    dms_data_type mapping_plan mapping_rules name_pattern target_names)

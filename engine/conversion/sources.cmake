# SPDX-License-Identifier: MIT
# Sources of engine/conversion, added to ferry_engine: schema conversion and assessment (the
# source's objects as the target will hold them, planned with the task's mapping; action
# items; the SQL files and reports). Pure: no connections.
ferry_units(ferry_engine conversion
    schema_conversion conversion_support code_conversion conversion_files script_apply
    assessment)

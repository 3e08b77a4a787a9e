# SPDX-License-Identifier: MIT
# Sources of the project-file module (YAML load/save), added to ferry_engine.
# Public headers: value.h, project.h, project_file.h, dms_json.h. The others are private to the module
# (yaml-cpp is included from .cpp files only).
ferry_units(ferry_engine project
    dms_json project project_file project_reader project_schema project_writer suggestion value
    yaml_document)

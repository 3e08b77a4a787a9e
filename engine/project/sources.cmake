# SPDX-License-Identifier: MIT
# Sources of the project-file module (YAML load/save), added to ferry_engine.
# Public headers: value.h, project.h, project_file.h, dms_json.h. The others are private to the module
# (yaml-cpp is included from .cpp files only).
target_sources(ferry_engine PRIVATE
    project/dms_json.cpp
    project/dms_json.h
    project/project.cpp
    project/project.h
    project/project_file.cpp
    project/project_file.h
    project/project_reader.cpp
    project/project_reader.h
    project/project_schema.cpp
    project/project_schema.h
    project/project_writer.cpp
    project/project_writer.h
    project/suggestion.cpp
    project/suggestion.h
    project/value.cpp
    project/value.h
    project/yaml_document.cpp
    project/yaml_document.h
)

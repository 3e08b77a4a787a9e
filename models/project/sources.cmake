# SPDX-License-Identifier: MIT
# Sources of models/project, added to ferry_models.
target_sources(ferry_models PRIVATE
    project/endpoint_connection.cpp project/endpoint_connection.h
    project/project_document.cpp project/project_document.h
    project/project_tree_model.cpp project/project_tree_model.h
    project/workbench_error.cpp project/workbench_error.h
)

# SPDX-License-Identifier: MIT
# Sources of models/exceptions, added to ferry_models (one owner per folder).
target_sources(ferry_models PRIVATE
    exceptions/exceptions_model.cpp exceptions/exceptions_model.h
    exceptions/row_image_model.cpp exceptions/row_image_model.h
)

# SPDX-License-Identifier: MIT
# Sources of models/mapping, added to ferry_models (one owner per folder).

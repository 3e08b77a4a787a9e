# SPDX-License-Identifier: MIT
# Sources of models/monitoring, added to ferry_models (one owner per folder).

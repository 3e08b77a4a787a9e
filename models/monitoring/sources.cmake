# SPDX-License-Identifier: MIT
# Sources of models/monitoring, added to ferry_models (one owner per folder).
target_sources(ferry_models PRIVATE
    monitoring/bounded_series.cpp monitoring/bounded_series.h
    monitoring/chart_scale.cpp monitoring/chart_scale.h
    monitoring/throughput_series.cpp monitoring/throughput_series.h
)

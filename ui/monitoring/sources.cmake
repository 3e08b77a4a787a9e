# SPDX-License-Identifier: MIT
# Sources of ui/monitoring, added to ferry_ui (one owner per folder).
target_sources(ferry_ui PRIVATE
    monitoring/monitoring_view.cpp monitoring/monitoring_view.h monitoring/monitoring_view.ui
    monitoring/throughput_chart.cpp monitoring/throughput_chart.h
)

// SPDX-License-Identifier: MIT
// Throughput of Ferry's SQLite target writer and source reader: 6 columns (integer key, integer,
// text, double, timestamp, boolean), 500,000 rows in batches of 10,000, a commit every 10
// batches; with an INTEGER PRIMARY KEY and with AUTOINCREMENT. This was a probe in the unit
// suite (tst_sqlite_load loadsSixColumnsFast); it is measured here instead, never by ctest.
// Every run is checked with the sqlite3 C API (row count and sums); a wrong result stops the
// benchmark with an error instead of reporting a rate.
#include "engine/connectors/connector.h"
#include "engine/core/connection_spec.h"
#include "engine/load/load_session.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include <time.h>

#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

using namespace ferry;

namespace {

constexpr int Rows = 500'000;
constexpr int BatchRows = 10'000;
constexpr int64_t EventIdSum = 249'750'000; // sum of row % 1000 over 500,000 rows
constexpr int64_t PaidRows = 333'333; // rows with row % 3 != 0

QTemporaryDir &directory()
{
    static QTemporaryDir dir;
    return dir;
}

std::string fileFor(const char *name)
{
    return QFile::encodeName(directory().filePath(QString::fromLatin1(name))).toStdString();
}

ConnectionSpec specFor(const std::string &path)
{
    ConnectionSpec spec;
    spec.dialect = Dialect::Sqlite;
    spec.path = path;
    return spec;
}

CanonicalType typeOf(TypeFamily family, int byteWidth = 0)
{
    CanonicalType type;
    type.family = family;
    type.byteWidth = byteWidth;
    return type;
}

load::TargetTable factTable(bool autoIncrement)
{
    load::TargetTable table;
    table.name = "fact";
    table.columns = {{"id", typeOf(TypeFamily::Integer, 8), false, autoIncrement},
                     {"event_id", typeOf(TypeFamily::Integer, 4), false, false},
                     {"seat", typeOf(TypeFamily::String), false, false},
                     {"price", typeOf(TypeFamily::Float, 8), false, false},
                     {"sold_at", typeOf(TypeFamily::Timestamp), false, false},
                     {"paid", typeOf(TypeFamily::Boolean), false, false}};
    table.primaryKey = KeyConstraint {{}, {"id"}};
    return table;
}

/// The 50 batches of the benchmark, built once (building them is not measured).
const std::vector<load::RowBatch> &batches()
{
    static const std::vector<load::RowBatch> all = [] {
        std::vector<load::RowBatch> result;
        char buffer[64];
        for (int start = 0; start < Rows; start += BatchRows) {
            load::RowBatch batch(6);
            for (int row = start; row < start + BatchRows; ++row) {
                batch.appendCell(0, std::to_string(row + 1));
                batch.appendCell(1, std::to_string(row % 1000));
                const int seatLength
                    = std::snprintf(buffer, sizeof buffer, "S-%d-%d", row % 50, row % 30);
                batch.appendCell(2, std::string_view(buffer, size_t(seatLength)));
                batch.appendCell(3, std::to_string(row % 500) + ".25");
                batch.appendCell(4, "2024-03-01 12:34:56");
                batch.appendCell(5, row % 3 ? "true" : "false");
                batch.finishRow();
            }
            result.push_back(std::move(batch));
        }
        return result;
    }();
    return all;
}

/// CPU seconds this process has used (wall time depends on what else the machine runs).
double cpuSeconds()
{
    timespec now {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

/// One integer from the file through the sqlite3 C API (not the code under test); -1 on error.
int64_t scalar(const std::string &path, const char *sql)
{
    sqlite3 *db = nullptr;
    int64_t value = -1;
    if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW)
            value = sqlite3_column_int64(statement, 0);
        sqlite3_finalize(statement);
    }
    sqlite3_close_v2(db);
    return value;
}

/// Seconds of the wall clock and of the process's CPU time.
struct Elapsed
{
    double wall = 0;
    double cpu = 0;
};

/// Measures what runs between its construction and add().
class Stopwatch
{
public:
    void add(Elapsed *elapsed) const
    {
        elapsed->wall
            += std::chrono::duration<double>(std::chrono::steady_clock::now() - m_wall).count();
        elapsed->cpu += cpuSeconds() - m_cpu;
    }

private:
    std::chrono::steady_clock::time_point m_wall = std::chrono::steady_clock::now();
    double m_cpu = cpuSeconds();
};

/// Writes the 500,000 rows into a new file (the writes, from the first begin to the last commit,
/// measured into *measured); an error text, empty on success.
std::string writeFact(const std::string &path, bool autoIncrement, Elapsed *measured)
{
    QFile::remove(QString::fromStdString(path));
    auto target = load::openTargetSession(specFor(path));
    if (!target)
        return target.error().toString();
    const load::TargetTable table = factTable(autoIncrement);
    if (auto created = (*target)->createTable(table, true); !created)
        return created.error().toString();
    auto writer = (*target)->openWriter({"", "fact", table.columns});
    if (!writer)
        return writer.error().toString();
    std::vector<load::RejectedRow> rejected;
    const Stopwatch stopwatch;
    if (auto begun = (*target)->begin(); !begun)
        return begun.error().toString();
    for (size_t i = 0; i < batches().size(); ++i) {
        if (auto written = (*writer)->write(batches()[i], &rejected); !written)
            return written.error().toString();
        if (i % 10 == 9) {
            if (auto committed = (*target)->commit(); !committed)
                return committed.error().toString();
            if (auto begun = (*target)->begin(); !begun)
                return begun.error().toString();
        }
    }
    if (auto committed = (*target)->commit(); !committed)
        return committed.error().toString();
    stopwatch.add(measured);
    if (!rejected.empty())
        return std::to_string(rejected.size()) + " rows rejected";
    writer->reset();
    target->reset();
    if (scalar(path, "SELECT count(*) FROM fact") != Rows
        || scalar(path, "SELECT sum(event_id) FROM fact") != EventIdSum
        || scalar(path, "SELECT sum(paid) FROM fact") != PaidRows)
        return "the file does not hold the rows written (count or sums differ)";
    return {};
}

void sqliteWrite(benchmark::State &state)
{
    const bool autoIncrement = state.range(0) != 0;
    const std::string path = fileFor(autoIncrement ? "write_ai.db" : "write.db");
    batches(); // built before the clock runs
    Elapsed total;
    for (auto _ : state) {
        Elapsed once;
        const std::string error = writeFact(path, autoIncrement, &once);
        if (!error.empty()) {
            state.SkipWithError(error.c_str());
            break;
        }
        state.SetIterationTime(once.wall);
        total.wall += once.wall;
        total.cpu += once.cpu;
    }
    state.SetItemsProcessed(int64_t(state.iterations()) * Rows);
    state.counters["rows_per_cpu_second"]
        = total.cpu > 0 ? double(state.iterations()) * Rows / total.cpu : 0;
}

void sqliteRead(benchmark::State &state)
{
    const bool autoIncrement = state.range(0) != 0;
    const std::string path = fileFor(autoIncrement ? "read_ai.db" : "read.db");
    Elapsed unused;
    if (const std::string error = writeFact(path, autoIncrement, &unused); !error.empty()) {
        state.SkipWithError(error.c_str());
        return;
    }
    load::ReadRequest request;
    request.schema = "main";
    request.table = "fact";
    for (const auto &column : factTable(autoIncrement).columns)
        request.columns.push_back({column.name, {}, column.type});
    load::RowBatch batch(6);
    Elapsed total;
    for (auto _ : state) {
        const Stopwatch stopwatch;
        auto source = load::openSourceSession(specFor(path));
        if (!source) {
            state.SkipWithError(source.error().toString().c_str());
            break;
        }
        auto reader = (*source)->openReader(request);
        if (!reader) {
            state.SkipWithError(reader.error().toString().c_str());
            break;
        }
        int64_t rows = 0;
        int64_t eventSum = 0;
        for (bool more = true; more;) {
            batch.clear();
            auto result = (*reader)->read(batch, load::BatchLimits {});
            if (!result) {
                state.SkipWithError(result.error().toString().c_str());
                return;
            }
            more = *result;
            for (size_t row = 0; row < batch.rowCount(); ++row)
                eventSum += std::stoll(std::string(batch.cell(1, row)));
            rows += int64_t(batch.rowCount());
        }
        Elapsed once;
        stopwatch.add(&once);
        if (rows != Rows || eventSum != EventIdSum) {
            state.SkipWithError("the reader did not return the rows written");
            break;
        }
        state.SetIterationTime(once.wall);
        total.wall += once.wall;
        total.cpu += once.cpu;
    }
    state.SetItemsProcessed(int64_t(state.iterations()) * Rows);
    state.counters["rows_per_cpu_second"]
        = total.cpu > 0 ? double(state.iterations()) * Rows / total.cpu : 0;
}

} // namespace

// Arg: 0 = INTEGER PRIMARY KEY, 1 = AUTOINCREMENT. The time is the wall time of the writes (the
// reads) alone, measured by the benchmark; items_per_second is rows per wall second,
// rows_per_cpu_second rows per CPU second of the whole process.
BENCHMARK(sqliteWrite)
    ->ArgName("autoincrement")
    ->Arg(0)
    ->Arg(1)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);
BENCHMARK(sqliteRead)
    ->ArgName("autoincrement")
    ->Arg(0)
    ->Arg(1)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    benchmark::Initialize(&argc, argv);
    QCoreApplication app(argc, argv);
    if (!directory().isValid()) {
        std::fprintf(stderr, "no temporary directory\n");
        return 1;
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

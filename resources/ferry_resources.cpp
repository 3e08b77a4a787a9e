// SPDX-License-Identifier: MIT
// The resources themselves are compiled by qt_add_resources (resources/CMakeLists.txt) into
// object files that CMake links into every target using ferry_resources; a static library
// needs one source of its own, and this is it.
namespace ferry::resources {
[[maybe_unused]] static constexpr int IconSetVersion = 1;
} // namespace ferry::resources

// SPDX-License-Identifier: MIT
#pragma once

#include "engine/core/connection_spec.h"
#include "engine/connectors/endpoint.h"
#include "engine/project/project.h"

#include <QString>
#include <QStyle>

class QLabel;

namespace ferry::wizards {

/// "PostgreSQL", "MySQL or MariaDB", "SQLite", "ODBC" (translated).
[[nodiscard]] QString engineDisplayName(Dialect engine);

/// Where the endpoint points, without any password: host:port/database, the file, the DSN.
[[nodiscard]] QString endpointLocation(const project::Endpoint &endpoint);

/// What happens with the password, in plain words ("Stored in the system keyring", ...).
[[nodiscard]] QString passwordSourceText(PasswordSource source);

/// A short headline for a diagnosis cause ("Connection refused", "Login rejected", ...).
[[nodiscard]] QString diagnosisHeadline(DiagnosisCause cause);

/// Shows the named SVG icon (ui/icons.h) in label at the label's icon size, or the style's
/// standard icon while the SVG set lacks it.
void setStateIcon(QLabel *label, const char *iconName, QStyle::StandardPixmap fallback,
                  int size = 0);

/// "hr-migration.ferry.yaml" for "HR migration": lower case, runs of other characters as '-'.
[[nodiscard]] QString projectFileName(const QString &projectName);

} // namespace ferry::wizards

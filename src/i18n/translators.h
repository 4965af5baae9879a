#pragma once

class QCoreApplication;

namespace lectern {

// Installs Qt's own translations and Lectern's for the system locale on `app` (both executables call it).
// Lectern's strings fall back to the English catalogue, which carries the English plural forms.
void installTranslators(QCoreApplication &app);

} // namespace lectern

// The icons of the navigation, drawn in the palette's text colour so they read on light and dark themes.
#pragma once

#include <QIcon>

namespace dw::ui {

enum class NavigationIcon { Editor, Host, Images, Dashboard, Guide, Training };

QIcon navigationIcon(NavigationIcon icon);

} // namespace dw::ui

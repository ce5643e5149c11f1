# Fails when a file outside src/gui includes a Qt Widgets header, or a file outside src/gui and src/report a
# Qt Gui header: concord_core and the CLI build without widgets, and only the report writers paint (PDF
# through QPdfWriter/QPainter/QTextDocument, which need fonts but no display). The scan readers in src/import
# hold page images (QImage: pixels, no painting, no fonts).
# Run as: cmake -DSOURCE_DIR=<repo>/src -P CheckLayering.cmake
file(GLOB_RECURSE sources RELATIVE ${SOURCE_DIR} ${SOURCE_DIR}/*.cpp ${SOURCE_DIR}/*.h)
set(offenders "")
foreach(source IN LISTS sources)
    if(source MATCHES "^gui/")
        continue()
    endif()
    file(STRINGS ${SOURCE_DIR}/${source} widgets REGEX
        "^[ \t]*#[ \t]*include[ \t]*<(QtWidgets/|Q(Widget|Application|MainWindow|Dialog|Label|PushButton|LineEdit|TableView|TreeView)[>.])")
    if(widgets)
        list(APPEND offenders "${source}: ${widgets}")
    endif()
    if(source MATCHES "^report/" OR source MATCHES "^cli/main.cpp$")
        continue()
    endif()
    set(image "Image|")
    if(source MATCHES "^import/")
        set(image "")
    endif()
    file(STRINGS ${SOURCE_DIR}/${source} gui REGEX
        "^[ \t]*#[ \t]*include[ \t]*<(QtGui/|Q(GuiApplication|Painter|Pixmap|${image}Font|FontMetricsF?|Color|Icon|PdfWriter|TextDocument)[>.])")
    if(gui)
        list(APPEND offenders "${source}: ${gui}")
    endif()
endforeach()
if(offenders)
    list(JOIN offenders "\n" report)
    message(FATAL_ERROR "Widget/GUI includes outside their layer:\n${report}")
endif()
message(STATUS "layering ok: widgets only in src/gui, painting only in src/gui and src/report")

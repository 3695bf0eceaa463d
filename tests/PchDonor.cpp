// The translation unit that compiles tests/CMakeLists.txt's shared precompiled <QtTest> for one set
// of libraries; the test programs reuse that header and this file has nothing else to do.

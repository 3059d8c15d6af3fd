"""Property tests: generated input from people, files, scanners and servers."""

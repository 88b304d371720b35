"""The process rag runs in: the supervisor that turns a native crash into words (and the stage it
names), and the signals (Ctrl-C, SIGTERM, SIGHUP) that stop llama.cpp mid-call."""

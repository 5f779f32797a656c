import AdminCLI

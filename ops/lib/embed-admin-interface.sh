#!/usr/bin/env bash
# Regenerates Sources/AdminServer/AdminInterfaceDefinition.swift from io.tredjekraft.admin.varlink,
# the contract. The daemon serves the embedded copy; AdminInterfaceDefinitionTests keeps them equal.
set -euo pipefail
cd "$(dirname "$0")/../.."
source=Sources/AdminServer/io.tredjekraft.admin.varlink
target=Sources/AdminServer/AdminInterfaceDefinition.swift
{
    echo '/// The text of `io.tredjekraft.admin.varlink`, served by `org.varlink.service.GetInterfaceDescription`.'
    echo '///'
    echo '/// Embedded as a string so the daemon is one self-contained binary; `AdminInterfaceDefinitionTests`'
    echo '/// fails when this copy and the `.varlink` file differ. Regenerate with `ops/lib/embed-admin-interface.sh`.'
    echo 'enum AdminInterfaceDefinition {'
    echo '    static let text = """'
    sed 's/\\/\\\\/g' "$source"
    echo ''  # the literal drops the newline before its closing quotes; this keeps the file's last one
    echo '"""'
    echo '}'
} > "$target"
# The committed style indents the literal with its declaration (the closing quotes set the margin).
swift format format --in-place "$target"

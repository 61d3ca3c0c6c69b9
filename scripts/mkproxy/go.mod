// Module mkproxy is a helper of scripts/install-check, kept out of guarantor's module.
module mkproxy

go 1.26.0

require golang.org/x/mod v0.43.0 // indirect

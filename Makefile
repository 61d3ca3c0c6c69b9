GO ?= go

.PHONY: demo test test-office build man golden fuzz bench clean

## demo: build every example in drafts/ into out/
demo:
	$(GO) run ./cmd/guarantor build drafts/ -o out

## test: vet and run every test with the race detector
test:
	$(GO) vet ./...
	$(GO) test -race -timeout 5m ./...

## test-office: slow checks with LibreOffice and pandoc: Word documents open, read back, render
test-office:
	.ci/office

## build: compile the binary into bin/guarantor
build:
	$(GO) build -o bin/guarantor ./cmd/guarantor

## man: write a manual page per command into man/ (man -l man/guarantor.1)
man:
	$(GO) run ./internal/cli/man -o man

## golden: regenerate the golden drafts, renderings and generated docs after an intended change (review the diff!)
golden:
	$(GO) test ./generator/build -run TestExamplesGolden -update
	$(GO) test ./generator/render/html ./generator/render/pdf -update
	$(GO) test ./generator/review -run TestRulesDoc -update
	$(GO) test ./generator/library -run TestClausesDoc -update

GO ?= go

.PHONY: demo test test-office build man golden fuzz bench install-check clean

## demo: build every example in drafts/ into out/
demo:
	$(GO) run ./cmd/guarantor build drafts/ -o out

# The packages that start goroutines of their own (the build's workers, concurrent renderers,
# shared font and line caches, the template binder's pool, the workbench server): their tests
# run with the race detector. The rest run without it, which makes the reader's regexp-heavy
# tests ten times faster; they run concurrently only through these packages.
MODULE := github.com/guarantor-dev/guarantor
RACE := generator/build generator/render generator/render/pdf generator/tmpl generator/explore \
	internal/web third_party/fpdf

## test: vet, run the tests of concurrent packages with the race detector and the others without
test:
	$(GO) vet ./...
	$(GO) test -race -timeout 5m $(addprefix ./,$(RACE))
	@echo "$(GO) test -timeout 5m (every other package)"
	@$(GO) test -timeout 5m $(filter-out $(addprefix $(MODULE)/,$(RACE)),$(shell $(GO) list ./...))

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

## fuzz: run each fuzz target for a while (FUZZTIME=10m for a long run)
FUZZTIME ?= 30s
fuzz:
	$(GO) test ./generator/spec -run '^$$' -fuzz FuzzLoad -fuzztime $(FUZZTIME)
	$(GO) test ./generator/library -run '^$$' -fuzz FuzzParseClause -fuzztime $(FUZZTIME)
	$(GO) test ./generator/tmpl -run '^$$' -fuzz FuzzExecute -fuzztime $(FUZZTIME)
	$(GO) test ./generator/build -run '^$$' -fuzz FuzzCustomText -fuzztime $(FUZZTIME) -fuzzminimizetime 3s

## bench: every stage benchmark (medians of 6 runs), then bench/compare.sh on 100 drafts
bench:
	$(GO) test -run '^$$' -bench . -count 6 ./generator/build ./generator/render/... | awk -f bench/medians.awk
	bench/compare.sh -n 100 -r 5

## install-check: go install github.com/guarantor-dev/guarantor/cmd/guarantor@latest works from a clean GOPATH (local proxy)
install-check:
	scripts/install-check

clean:
	rm -rf out bin man

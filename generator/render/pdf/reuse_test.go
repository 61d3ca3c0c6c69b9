package pdf

import (
	"bytes"
	"reflect"
	"testing"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/render/document"
	"github.com/guarantor-dev/guarantor/generator/render/internal/fixture"
)

// Every setting of a block that changes its lines changes the key its lines are kept under,
// so a kept paragraph is never reused for another. A field added to block and read by
// paragraphLines must go into lineKey, or this test fails.
func TestLineKeyCoversBlock(t *testing.T) {
	base := func() *block {
		return &block{runs: []run{{text: "The Parties shall consult one another without delay, "},
			{text: "in good faith", style: italic}, {text: " and in secret¹", note: 1, link: 3}},
			size: 12, indent: 8, first: 2, label: "1.", labelAt: 0, lang: generator.English}
	}
	lines := func(b *block) []line { return paragraphLines(b, 60, single) }
	want, key := lines(base()), lineKey(base(), 60, single)
	typ := reflect.TypeFor[block]()
	for i := range typ.NumField() {
		b := base()
		if !change(reflect.ValueOf(b).Elem().Field(i)) {
			continue
		}
		if !reflect.DeepEqual(lines(b), want) && bytes.Equal(lineKey(b, 60, single), key) {
			t.Errorf("block.%s changes the lines but not their key", typ.Field(i).Name)
		}
	}
	if bytes.Equal(lineKey(base(), 50, single), key) || bytes.Equal(lineKey(base(), 60, parallel), key) {
		t.Error("the width or the theme does not change the key")
	}
}

// change sets v, an unexported field, to another value of its kind; it reports false for
// kinds it leaves alone.
func change(v reflect.Value) bool {
	v = reflect.NewAt(v.Type(), v.Addr().UnsafePointer()).Elem()
	switch v.Kind() {
	case reflect.Float64:
		v.SetFloat(v.Float() + 3)
	case reflect.Bool:
		v.SetBool(!v.Bool())
	case reflect.String:
		v.SetString(v.String() + "x")
	case reflect.Uint8, reflect.Uint32:
		v.SetUint(v.Uint() + 1)
	case reflect.Int:
		v.SetInt(v.Int() + 1)
	case reflect.Slice:
		if v.Type() != reflect.TypeFor[[]run]() {
			return false
		}
		v.Set(reflect.Append(v, reflect.ValueOf(run{text: " more", style: bold})))
	default:
		return false
	}
	return true
}

// BenchmarkRenderCold renders the largest example in English with no paragraph kept from
// before, as the first draft a process builds; BenchmarkRenderLargest renders it warm.
func BenchmarkRenderCold(b *testing.B) {
	doc, err := document.New(fixture.Largest(b), generator.English)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		kept.Lock()
		kept.lines, kept.frags = nil, 0
		kept.Unlock()
		if _, err := Render(doc, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

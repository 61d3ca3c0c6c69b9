package pdf

import "strings"

// English hyphenation, conservatively: a word breaks only where the break is all but certain,
// and where English syllables are ambiguous (ma-jor but mod-el, prob-lem but pa-trol, re-spect
// but res-pite) it does not break at all. The breaks are
//
//   - before the suffixes -tion, -sion and -ment, and -ness, -less, -ship, -ful and -ing at
//     the end of a word (commit-ting and set-ting split a doubled consonant instead);
//   - between two consonants that stand between vowels, unless they form one sound (ch, sh,
//     th, ph, gh, wh, ck, ng, qu) or a stop and l or r (bl, tr …), which may open a syllable;
//   - in a longer run of consonants, before the longest part that can begin an English
//     syllable (in-struct, coun-try, month-ly), when at least one consonant stays behind;
//
//   - after a few prefixes before a consonant (inter-national, trans-late, under-signed), and
//     after the first word of there-after, here-inafter, else-where, and nowhere else in them;
//
// never within the first two or the last three letters, never in the consonants before an
// inflection (bind-ing, not bin-ding; adopted, not adop-ted), never after re-, de-, pre-,
// pro- and di- plus one more letter (res-pect would be wrong), and never in a word in
// capitals, in camel case or with letters other than a to z. Checked against TeX's US English
// patterns (hyph_en_US) on the 490 longer words of the clause library: 361 of TeX's 827
// breaks, and 4 more that dictionaries give (At-lan-tic, ar-til-lery, air-space,
// predict-able); on 1,700 words of general prose, 1.8 % of the breaks are ones TeX would not
// make, mostly in compounds (soft-ware).

const (
	enLeft, enRight = 2, 3 // fewest letters before and after a break
	enMinWord       = 6    // shorter words are never broken
)

// englishPoints returns the byte offsets in word where an English word may be broken: in
// each run of letters a to z (Ukraine’s, self-defence); none in a word with other letters.
func englishPoints(word string) []int {
	for _, r := range word {
		if r >= 0x80 && r != '’' {
			return nil
		}
	}
	var offs []int
	for start := 0; start < len(word); {
		end := start
		for end < len(word) && isASCIILetter(word[end]) {
			end++
		}
		for _, k := range englishBreaks(word[start:end]) {
			offs = append(offs, start+k)
		}
		start = end + 1
	}
	return offs
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// englishBreaks returns the indexes in a run of letters a to z before which it may break.
func englishBreaks(w string) []int {
	if len(w) < enMinWord || strings.ToLower(w[1:]) != w[1:] {
		return nil
	}
	w = strings.ToLower(w)
	if k := compoundAt(w); k > 0 {
		return []int{k}
	}
	ok := make([]bool, len(w))
	suffixBreaks(w, ok)
	from := prefixEnd(w)
	if from > 0 {
		ok[from] = true
	}
	clusterBreaks(w[:stemEnd(w)], from, ok)
	var out []int
	for k := enLeft; k <= len(w)-enRight; k++ {
		if ok[k] && !afterPrefix(w, k) {
			out = append(out, k)
		}
	}
	return out
}

// stemEnd is where the suffix of an inflected word begins, before a silent e (bind|ing,
// adopt|ed, sourc|es, hold|ers, announc|ement), or len(w): the consonants before such a
// suffix are not split.
func stemEnd(w string) int {
	for _, s := range stemSuffixes {
		if strings.HasSuffix(w, s) && len(w)-len(s) >= 3 {
			k := len(w) - len(s)
			if w[k-1] == 'e' && !isVowel(w, k-2) {
				k--
			}
			return k
		}
	}
	return len(w)
}

var stemSuffixes = strings.Fields("ings ing ers er est ors or edly ed es ely ly ments ment able ably ible ibly")

// compounds are the first words of the compounds the law uses (there-after, here-inafter,
// else-where), which break after them and nowhere else; "wherever" is none.
var compounds = []string{"there", "here", "else", "where"}

func compoundAt(w string) int {
	for _, c := range compounds {
		if k := len(c); strings.HasPrefix(w, c) && len(w)-k >= enRight && w[k] != 'v' {
			return k
		}
	}
	return 0
}

// prefixes break after themselves before a consonant (inter-national, trans-late,
// under-signed); the run of consonants after them is not split (tran-slate would be wrong).
var prefixes = []string{"counter", "inter", "multi", "trans", "under"}

func prefixEnd(w string) int {
	for _, p := range prefixes {
		if k := len(p); strings.HasPrefix(w, p) && len(w)-k >= enRight && !isVowel(w, k) {
			return k
		}
	}
	return 0
}

// suffixBreaks marks the breaks before suffixes.
func suffixBreaks(w string, ok []bool) {
	for _, s := range []string{"tion", "sion", "ment"} {
		for i := strings.Index(w, s); i >= 0; {
			if s != "ment" || i >= 3 {
				ok[i] = true
			}
			next := strings.Index(w[i+1:], s)
			if next < 0 {
				break
			}
			i += 1 + next
		}
	}
	stem := w
	if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		stem = w[:len(w)-1]
	}
	for _, s := range []string{"ness", "less", "ship", "ful"} {
		if strings.HasSuffix(stem, s) && len(stem)-len(s) >= 3 {
			ok[len(stem)-len(s)] = true
		}
	}
	ingBreak(stem, ok)
	if i := len(w) - 4; strings.HasSuffix(w, "able") && i >= 3 && !isVowel(w, i-1) && !isVowel(w, i-2) &&
		!joined(w[i-2:i]) {
		ok[i] = true // predict-able, but not ca-pa-ble or ap-pli-ca-ble
	}
}

// ingBreak marks the break before -ing: includ-ing, follow-ing, but commit-ting; none after
// a consonant and l (han-dling) or th (some-thing), where the stem is unclear.
func ingBreak(stem string, ok []bool) {
	i := len(stem) - 3
	if i < 3 || stem[i:] != "ing" || !strings.ContainsAny(stem[:i], "aeiouy") {
		return
	}
	a, b := stem[i-2], stem[i-1]
	switch {
	case isVowel(stem, i-1):
	case a == b && !strings.ContainsRune("lsfz", rune(b)):
		ok[i-1] = true
		return
	case b == 'l' && !isVowel(stem, i-2), a == 't' && b == 'h':
		return
	}
	ok[i] = true
}

// clusterBreaks marks the breaks in runs of consonants between vowels, from index from on.
func clusterBreaks(w string, from int, ok []bool) {
	prev := -1
	for q := from; q < len(w); q++ {
		if !isVowel(w, q) {
			continue
		}
		if prev >= 0 && q-prev > 2 {
			if k := clusterBreak(w[prev+1 : q]); k > 0 {
				ok[prev+1+k] = true
			}
		}
		prev = q
	}
}

// clusterBreak returns where to break a run of consonants between vowels, or 0.
func clusterBreak(c string) int {
	if c[0] == 'w' || c[0] == 'y' {
		return 0 // part of the vowel before: know-ledge, em-ploy
	}
	if len(c) == 2 {
		switch {
		case c[0] == c[1]:
			return 1
		case joined(c), c[1] == 'w', strings.ContainsAny(c, "xq"), c[0] == 's' && c[1] != 't' && c[1] != 'c',
			strings.ContainsRune("lr", rune(c[1])) && strings.ContainsRune("bcdfgkpt", rune(c[0])):
			return 0
		}
		return 1
	}
	if c[0] == c[1] {
		return 1 // set-tle-ment
	}
	for k := 1; k < len(c); k++ { // the longest tail first
		if joined(c[k-1 : k+1]) {
			continue
		}
		if onsets[c[k:]] {
			if k == 1 && c[0] == 's' {
				return 0 // infra-struc-ture or dis-trict: the s may go either way
			}
			return k
		}
	}
	return 0
}

// joined reports whether two consonants are one sound, never split.
func joined(p string) bool {
	switch p {
	case "ch", "sh", "th", "ph", "gh", "wh", "ck", "ng", "qu", "dg", "kn", "gn":
		return true
	}
	return false
}

// onsets are the runs of consonants an English syllable may begin with.
var onsets = func() map[string]bool {
	m := map[string]bool{}
	for _, o := range strings.Fields(`b c d f g h j k l m n p r s t v w z
		bl br cl cr dr fl fr gl gr pl pr sc sk sl sm sn sp st sw tr tw wr
		chr phr sch scr shr spl spr squ str thr`) {
		m[o] = true
	}
	return m
}()

// isVowel reports whether w[i] is a vowel; y is one after a consonant.
func isVowel(w string, i int) bool {
	switch w[i] {
	case 'a', 'e', 'i', 'o', 'u':
		return true
	case 'y':
		return i > 0 && !isVowel(w, i-1)
	}
	return false
}

// afterPrefix reports whether a break at k would split a prefix from the first consonant of
// the syllable it opens: res-pect, des-cribe, pros-pect.
func afterPrefix(w string, k int) bool {
	for _, p := range []string{"re", "de", "pre", "pro", "di"} {
		if k == len(p)+1 && strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

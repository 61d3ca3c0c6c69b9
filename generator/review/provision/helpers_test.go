package provision

import "github.com/guarantor-dev/guarantor/generator"

func lang(s string) generator.Lang { return generator.Lang(s) }

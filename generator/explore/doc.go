// Package explore enumerates the combinations a negotiator weighs on a base spec: the five
// options of the Schuman Paper n°830 table in their variants, crossed with the form, the term,
// the verification body and the scope. It assembles and reviews each combination, scores its
// credibility and political feasibility with the model written down in docs/explore.md, and
// finds the Pareto frontier. Outputs: a table (Markdown, CSV, JSON) and an SVG plot.
package explore

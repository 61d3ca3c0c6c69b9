// Package diff compares two drafts of an instrument as a lawyer reads a redline: aligned by
// clause (drafts are built from clause ids, so an article that was only renumbered is not a
// change), then word by word within each text. It finds articles added, removed, changed and
// moved, and what the change did to the review's findings. The redline is rendered as HTML and
// PDF here, and as a Word document with tracked changes by package docx.
package diff

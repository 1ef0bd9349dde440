// Placeholder: TextLayout

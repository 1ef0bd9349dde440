// Placeholder: TiltakWorkbook

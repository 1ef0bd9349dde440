// Placeholder: TiltakReports

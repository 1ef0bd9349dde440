// Placeholder: TiltakModel

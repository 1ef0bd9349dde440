// Placeholder: TiltakIO

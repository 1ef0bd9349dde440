import TiltakCLI

TiltakCommand.main()

"""JiarenBase: classroom operations of the 自家人 live-streaming training base."""

__version__ = "0.1.0"

"""Realistic demo data for trying JiarenBase out (`jiarenbase demo`)."""
from .generate import DEMO_LOGINS, DemoResult, build_demo

__all__ = ["DEMO_LOGINS", "DemoResult", "build_demo"]

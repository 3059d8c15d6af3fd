"""The events screen: the events on offer, one tap to open one."""

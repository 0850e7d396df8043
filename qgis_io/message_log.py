"""Python ``logging`` for the whole plugin, forwarded to QGIS's message log under the tag "Anshim"."""
import logging

from qgis.core import Qgis, QgsMessageLog

LOG_TAG = "Anshim"
LOGGER_NAME = __name__.split(".")[0]


class MessageLogHandler(logging.Handler):
    """Sends log records to the "Anshim" tab of QGIS's Log Messages panel."""

    def emit(self, record):
        if record.levelno >= logging.ERROR:
            level = Qgis.Critical
        elif record.levelno >= logging.WARNING:
            level = Qgis.Warning
        else:
            level = Qgis.Info
        QgsMessageLog.logMessage(self.format(record), LOG_TAG, level)


def setup_logging():
    """Attach the message-log handler once to the plugin's root logger and return that logger."""
    logger = logging.getLogger(LOGGER_NAME)
    if not any(isinstance(handler, MessageLogHandler) for handler in logger.handlers):
        logger.addHandler(MessageLogHandler())
        logger.setLevel(logging.INFO)
    return logger

"""The "Anshim" Processing provider."""
from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..resources import resource_path
from .audit_routes import AuditRoutesAlgorithm
from .compare_grades import CompareGradesAlgorithm
from .compute_factors import ComputeFactorsAlgorithm
from .evaluate_interventions import EvaluateInterventionsAlgorithm
from .export_briefing import ExportBriefingAlgorithm
from .generate_demo import GenerateDemoAlgorithm
from .grade_streets import GradeStreetsAlgorithm
from .optimise_sites import OptimiseSitesAlgorithm
from .safe_route import SafeRouteAlgorithm
from .segment_streets import SegmentStreetsAlgorithm
from .simulate_scenario import SimulateScenarioAlgorithm
from .style_grades import StyleGradesAlgorithm
from .train_model import TrainModelAlgorithm

TR_CONTEXT = "AnshimProvider"

ALGORITHMS = (SegmentStreetsAlgorithm, ComputeFactorsAlgorithm, TrainModelAlgorithm, GradeStreetsAlgorithm,
              StyleGradesAlgorithm, SimulateScenarioAlgorithm, OptimiseSitesAlgorithm, AuditRoutesAlgorithm,
              SafeRouteAlgorithm, ExportBriefingAlgorithm, GenerateDemoAlgorithm, EvaluateInterventionsAlgorithm,
              CompareGradesAlgorithm)


class AnshimProvider(QgsProcessingProvider):
    """Creates fresh algorithm objects on every load: reused ones crash after a provider refresh."""

    def id(self):
        return "anshim"

    def name(self):
        return self.tr("Anshim")

    def longName(self):
        return self.tr("Anshim street safety grading")

    def tr(self, text):
        return QCoreApplication.translate(TR_CONTEXT, text)

    def icon(self):
        return QIcon(resource_path("icons", "anshim.svg"))

    def loadAlgorithms(self):
        for algorithm_class in ALGORITHMS:
            self.addAlgorithm(algorithm_class())

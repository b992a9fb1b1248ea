package fr.monchai.drm;

import fr.monchai.core.MonChai;
import fr.monchai.core.commun.Artefact;
import fr.monchai.core.commun.CodeErreur;
import fr.monchai.core.commun.DomainException;
import fr.monchai.core.commun.Violation;
import fr.monchai.core.declaration.ExportDeclaration;
import fr.monchai.drm.controle.Anomalie;
import fr.monchai.drm.controle.ControlesNationaux;
import fr.monchai.drm.modele.Declarant;
import fr.monchai.drm.modele.DeclarationDrm;
import fr.monchai.drm.spi.ExportateurDrm;
import fr.monchai.drm.spi.FabriqueExportateurDrm;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A month's DRM from the register to the interprofession's files: preview with every check,
 * then export, recorded in the history; a final export locks the month.
 */
public final class ServiceDrm {

    private final MonChai chai;
    private final ExportateursDrm plugins;
    private final ConstructeurDrm constructeur;

    /**
     * Builds the DRM service over a register and the plugins it may export with.
     *
     * @param chai the register
     * @param plugins the known DRM plugins
     */
    public ServiceDrm(MonChai chai, ExportateursDrm plugins) {
        this.chai = chai;
        this.plugins = plugins;
        this.constructeur = new ConstructeurDrm(chai);
    }

    /**
     * {@return the declaration and what the national and the plugin's checks found}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param mois the month
     * @param declarant who declares
     * @param plugin the plugin's id
     * @param configuration its settings
     */
    public ApercuDrm apercu(
            long domaineId, YearMonth mois, Declarant declarant, String plugin, Map<String, String> configuration) {
        ExportateurDrm exportateur = exportateur(plugin, configuration);
        // One transaction: both months are read from the same state of the register.
        return chai.enTransaction(() -> {
            DeclarationDrm drm = constructeur.construire(domaineId, mois, declarant);
            DeclarationDrm precedente = constructeur.construire(domaineId, mois.minusMonths(1), declarant);
            List<Anomalie> anomalies = new ArrayList<>(ControlesNationaux.verifier(drm, Optional.of(precedente)));
            anomalies.addAll(exportateur.verifier(drm));
            return new ApercuDrm(drm, anomalies);
        });
    }

    /**
     * {@return the declaration of the domaine's month and what the checks found}: the same as {@link #apercu(long,
     * YearMonth, Declarant, String, Map)}, on the domaine's handle, its declarant from its identity
     *
     * @param domaine the domaine's handle
     * @param mois the month
     * @param identite the domaine's identity
     * @param plugin the plugin's id
     * @param configuration its settings
     */
    public ApercuDrm apercu(
            fr.monchai.core.ChaiDomaine domaine,
            YearMonth mois,
            fr.monchai.core.parametres.IdentiteDomaine identite,
            String plugin,
            Map<String, String> configuration) {
        return apercu(domaine.id(), mois, Declarant.de(identite), plugin, configuration);
    }

    /**
     * Exports the domaine's month: the same as {@link #exporter(long, ExportDrm)}, on the domaine's handle.
     *
     * @param domaine the domaine's handle
     * @param demande the month, the declarant, the plugin, trial or final
     * @return the export and its files, recorded
     */
    public ExportDeclaration exporter(fr.monchai.core.ChaiDomaine domaine, ExportDrm demande) {
        return exporter(domaine.id(), demande);
    }

    /**
     * Exports a month: refused with every blocking anomaly when the checks find any.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param demande the month, the declarant, the plugin, trial or final
     * @return the export and its files, recorded (a trial replaces the month's previous trial and locks nothing)
     * @throws DomainException naming each blocking anomaly, when there are some, or the period rule a final
     *     export breaks (only the oldest undeclared month, once it is over); nothing is recorded then
     */
    public ExportDeclaration exporter(long domaineId, ExportDrm demande) {
        String plugin = plugin(demande.plugin());
        // One transaction: the month that is built, checked and exported is the month that is locked.
        return chai.enTransaction(() -> {
            if (demande.estDefinitif()) {
                chai.declarations().figerRegistre(domaineId);
            }
            ApercuDrm apercu = apercu(domaineId, demande.mois(), demande.declarant(), plugin, demande.configuration());
            if (!apercu.exportable()) {
                List<Violation> violations = apercu.anomalies().stream()
                        .filter(Anomalie::bloquante)
                        .map(a -> new Violation(
                                a.produit().isEmpty() ? "declaration" : "produits[" + a.produit() + "]",
                                a.regle(),
                                a.message() + " — " + a.correction()))
                        .toList();
                throw new DomainException(CodeErreur.OPERATION_INCOHERENTE, violations);
            }
            List<Artefact> artefacts =
                    exportateur(plugin, demande.configuration()).exporter(apercu.declaration());
            return chai.declarations()
                    .enregistrer(
                            domaineId,
                            demande.mois(),
                            plugin,
                            demande.estDefinitif(),
                            demande.auteur(),
                            demande.date().orElseGet(Instant::now),
                            artefacts);
        });
    }

    private String plugin(Optional<String> demande) {
        if (demande.isPresent()) {
            return demande.get();
        }
        List<FabriqueExportateurDrm> toutes = plugins.toutes();
        if (toutes.size() != 1) {
            throw new DomainException(
                    CodeErreur.SAISIE_INVALIDE,
                    "plugin",
                    "précisez le module DRM : modules connus "
                            + toutes.stream().map(FabriqueExportateurDrm::id).toList());
        }
        return toutes.get(0).id();
    }

    private ExportateurDrm exportateur(String plugin, Map<String, String> configuration) {
        FabriqueExportateurDrm fabrique = plugins.trouver(plugin)
                .orElseThrow(() -> new DomainException(
                        CodeErreur.INTROUVABLE,
                        "plugin",
                        "aucun module DRM « " + plugin + " » ; modules connus : "
                                + plugins.toutes().stream()
                                        .map(FabriqueExportateurDrm::id)
                                        .toList()));
        return fabrique.creer(configuration);
    }
}

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <location filename="../../briefing/gui/app.py" line="38"/>
        <location filename="../../briefing/gui/startup.py" line="18"/>
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/app.py" line="38"/>
        <source>Something went wrong: {0}

The details were printed on the console.</source>
        <translation>Une erreur s&apos;est produite : {0}

Le détail a été affiché dans la console.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/backup_restore.py" line="72"/>
        <source>Checked the database and took today&apos;s backup.</source>
        <translation>Base de données vérifiée, sauvegarde du jour effectuée.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/backup_restore.py" line="69"/>
        <source>The search index was out of step with the visits and has been rebuilt; searches find everything again.</source>
        <translation>L&apos;index de recherche ne correspondait plus aux visites ; il a été reconstruit, les recherches retrouvent tout à nouveau.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/backup_restore.py" line="80"/>
        <source>Today&apos;s backup could not be taken: {0}.</source>
        <translation>La sauvegarde du jour n&apos;a pas pu être effectuée : {0}.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/backup_restore.py" line="85"/>
        <source>Database damaged</source>
        <translation>Base de données endommagée</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/backup_restore.py" line="87"/>
        <source>Some of what it holds may be lost or unreadable. Restore the newest backup taken before the damage; the damaged file is kept. Until then, avoid saving changes.</source>
        <translation>Une partie de son contenu est peut-être perdue ou illisible. Restaurez la sauvegarde la plus récente antérieure à l&apos;incident ; le fichier endommagé est conservé. D&apos;ici là, évitez d&apos;enregistrer des modifications.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/backup_restore.py" line="90"/>
        <source>Restore from backup…</source>
        <translation>Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/backup_restore.py" line="91"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/backup_restore.py" line="112"/>
        <location filename="../../briefing/gui/dialogs/restore_backup_dialog.py" line="52"/>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/backup_restore.py" line="112"/>
        <source>Replace everything in {0} with the backup of {1}?</source>
        <translation>Remplacer tout le contenu de {0} par la sauvegarde du {1} ?</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/backup_restore.py" line="113"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/backup_restore.py" line="114"/>
        <source>The backup holds {0}. The database as it is now is backed up first, so you can go back to it the same way.</source>
        <translation>La sauvegarde contient {0}. La base actuelle est d&apos;abord sauvegardée : vous pourrez y revenir de la même façon.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/backup_restore.py" line="122"/>
        <source>Restore failed</source>
        <translation>Échec de la restauration</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/backup_restore.py" line="123"/>
        <source>The backup was not restored.</source>
        <translation>La sauvegarde n&apos;a pas été restaurée.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/backup_restore.py" line="125"/>
        <source>Restored the backup of {0}; the database as it was is kept as {1}.</source>
        <translation>Sauvegarde du {0} restaurée ; la base précédente est conservée sous {1}.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/data_export.py" line="39"/>
        <source>{0}.json</source>
        <translation>{0}.json</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/data_export.py" line="41"/>
        <source>Briefing export {0}.json</source>
        <translation>Export Briefing {0}.json</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/data_export.py" line="42"/>
        <location filename="../../briefing/gui/dialogs/export_data_dialog.py" line="20"/>
        <source>Export data</source>
        <translation>Exporter les données</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/data_export.py" line="42"/>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/data_export.py" line="43"/>
        <source>the data</source>
        <translation>les données</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/data_export.py" line="49"/>
        <source>Export visit list as CSV</source>
        <translation>Exporter la liste des visites en CSV</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/data_export.py" line="49"/>
        <source>Visits {0}.csv</source>
        <translation>Visites {0}.csv</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/data_export.py" line="50"/>
        <location filename="../../briefing/gui/data_export.py" line="60"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/data_export.py" line="52"/>
        <source>the visit list</source>
        <translation>la liste des visites</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/data_export.py" line="58"/>
        <source>Export agreements as CSV</source>
        <translation>Exporter les accords en CSV</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/data_export.py" line="58"/>
        <source>Agreements {0}.csv</source>
        <translation>Accords {0}.csv</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/data_export.py" line="62"/>
        <source>the agreements</source>
        <translation>les accords</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/data_export.py" line="92"/>
        <source>Exported {0} to {1}.</source>
        <translation>Export effectué ({0}) vers {1}.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/data_export.py" line="102"/>
        <source>Choose a file name for a new or an existing file</source>
        <translation>Choisissez le nom d&apos;un fichier nouveau ou existant</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/data_export.py" line="103"/>
        <source>Choose a folder you can write to</source>
        <translation>Choisissez un dossier où vous pouvez écrire</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/data_export.py" line="104"/>
        <location filename="../../briefing/gui/main_window.py" line="107"/>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/data_export.py" line="105"/>
        <source>{0}{1} could not be written to {2}: {3}.

Nothing was written there. {4} and export again.</source>
        <translation>Écriture impossible ({0}{1}) dans {2} : {3}.

Rien n&apos;y a été écrit. {4}, puis exportez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/data_import.py" line="21"/>
        <source>Correct the file and import it again; nothing was changed.</source>
        <translation>Corrigez le fichier et importez-le de nouveau ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/data_import.py" line="37"/>
        <source>Import visits</source>
        <translation>Importer des visites</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/data_import.py" line="38"/>
        <source>Briefing JSON (*.json);;Briefing database (*.sqlite *.db);;All files (*)</source>
        <translation>JSON Briefing (*.json);;Base Briefing (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/data_import.py" line="66"/>
        <source>Nothing to import</source>
        <translation>Rien à importer</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/data_import.py" line="67"/>
        <source>Everything in {0} is already in the database: {1}.</source>
        <translation>Tout le contenu de {0} figure déjà dans la base : {1}.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/data_import.py" line="89"/>
        <location filename="../../briefing/gui/dialogs/import_summary_dialog.py" line="21"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/data_import.py" line="89"/>
        <source>Importing {0}…</source>
        <translation>Import de {0}…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/data_import.py" line="98"/>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Import annulé ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/data_import.py" line="103"/>
        <source>The file</source>
        <translation>Le fichier</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/data_import.py" line="105"/>
        <source>Import refused</source>
        <translation>Import refusé</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/data_import.py" line="105"/>
        <source>{0} cannot be imported: {1}.

{2}</source>
        <translation>{0} ne peut pas être importé : {1}.

{2}</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/data_import.py" line="108"/>
        <location filename="../../briefing/gui/data_import.py" line="110"/>
        <source>Import failed</source>
        <translation>Échec de l&apos;import</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/data_import.py" line="111"/>
        <source>{0} could not be imported: {1}.

Nothing was changed. Check that the file is a Briefing export and can be read, then import it again.</source>
        <translation>{0} n&apos;a pas pu être importé : {1}.

Rien n&apos;a été modifié. Vérifiez qu&apos;il s&apos;agit d&apos;un export Briefing lisible, puis importez-le de nouveau.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/agreement_dialog.py" line="24"/>
        <source>Add agreement</source>
        <translation>Ajouter un accord</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/agreement_dialog.py" line="35"/>
        <location filename="../../briefing/gui/models/record_table_models.py" line="65"/>
        <source>Signatories</source>
        <translation>Signataires</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/agreement_dialog.py" line="52"/>
        <source>The visit has no participants yet: add them on the Participants tab first.</source>
        <translation>La visite n&apos;a pas encore de participants : ajoutez-les d&apos;abord dans l&apos;onglet Participants.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/agreement_dialog.py" line="53"/>
        <location filename="../../briefing/gui/dialogs/visit_dialog.py" line="37"/>
        <location filename="../../briefing/gui/widgets/visit_review_form.py" line="48"/>
        <source>&amp;Title:</source>
        <translation>Intit&amp;ulé :</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/agreement_dialog.py" line="54"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Nature :</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/agreement_dialog.py" line="55"/>
        <location filename="../../briefing/gui/dialogs/visit_dialog.py" line="47"/>
        <location filename="../../briefing/gui/widgets/visit_review_form.py" line="55"/>
        <source>St&amp;atus:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/agreement_dialog.py" line="56"/>
        <source>Signed &amp;on:</source>
        <translation>Signé &amp;le :</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/agreement_dialog.py" line="57"/>
        <source>Si&amp;gnatories:</source>
        <translation>Si&amp;gnataires :</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/agreement_dialog.py" line="97"/>
        <source>Edit agreement</source>
        <translation>Modifier l&apos;accord</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/area_dialog.py" line="22"/>
        <source>Add cooperation area</source>
        <translation>Ajouter un domaine de coopération</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/area_dialog.py" line="28"/>
        <source>e.g. Logistics</source>
        <translation>p. ex. Logistique</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/area_dialog.py" line="31"/>
        <source>&amp;Topic:</source>
        <translation>&amp;Sujet :</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/area_dialog.py" line="32"/>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie :</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/area_dialog.py" line="33"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Observations :</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/area_dialog.py" line="58"/>
        <source>Edit cooperation area</source>
        <translation>Modifier le domaine de coopération</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/dossier_country_dialog.py" line="26"/>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/dossier_country_dialog.py" line="36"/>
        <location filename="../../briefing/gui/pdf_export.py" line="215"/>
        <source>Export country dossier</source>
        <translation>Exporter un dossier pays</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/dossier_country_dialog.py" line="39"/>
        <source>Every visit with the country, as host or guest, in one Word document: a cover page, contents, a timeline of visits and agreements, then each visit, newest first.</source>
        <translation>Toutes les visites avec le pays, hôte ou invité, dans un seul document Word : page de garde, sommaire, chronologie des visites et des accords, puis chaque visite, de la plus récente à la plus ancienne.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/dossier_country_dialog.py" line="42"/>
        <source>Every visit with the country, as host or guest, in one PDF: a cover page, contents, a timeline of visits and agreements, then each visit, newest first.</source>
        <translation>Toutes les visites avec le pays, hôte ou invité, dans un seul PDF : page de garde, sommaire, chronologie des visites et des accords, puis chaque visite, de la plus récente à la plus ancienne.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/dossier_country_dialog.py" line="50"/>
        <location filename="../../briefing/gui/widgets/person_combo.py" line="44"/>
        <source>Type part of a name, or choose from the list</source>
        <translation>Saisissez une partie du nom ou choisissez dans la liste</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/dossier_country_dialog.py" line="57"/>
        <source>Show &amp;all countries, also those without visits</source>
        <translation>&amp;Afficher tous les pays, même sans visite</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/dossier_country_dialog.py" line="60"/>
        <location filename="../../briefing/gui/dialogs/participant_dialog.py" line="55"/>
        <location filename="../../briefing/gui/dialogs/person_dialog.py" line="33"/>
        <source>&amp;Country:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/dossier_country_dialog.py" line="68"/>
        <location filename="../../briefing/gui/dialogs/export_data_dialog.py" line="33"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/dossier_country_dialog.py" line="121"/>
        <source>There are no visits yet: a dossier gathers the visits with one country.</source>
        <translation>Aucune visite pour l&apos;instant : un dossier rassemble les visites avec un pays.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/dossier_country_dialog.py" line="126"/>
        <source>Choose a country.</source>
        <translation>Choisissez un pays.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/dossier_country_dialog.py" line="127"/>
        <location filename="../../briefing/gui/store_texts.py" line="23"/>
        <location filename="../../briefing/gui/widgets/country_combo.py" line="50"/>
        <source>&apos;{0}&apos; is not a country; choose one from the list.</source>
        <translation>« {0} » n&apos;est pas un pays ; choisissez-en un dans la liste.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/dossier_country_dialog.py" line="129"/>
        <source>There are no visits with {0} yet.</source>
        <translation>Aucune visite avec {0} pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/export_data_dialog.py" line="22"/>
        <source>A JSON file with the visits, their records and the people in them: keep it as a copy, or import it into another Briefing with File → Import.</source>
        <translation>Un fichier JSON avec les visites, leurs fiches et les personnes concernées : à conserver comme copie, ou à importer dans un autre Briefing par Fichier → Importer.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/export_data_dialog.py" line="25"/>
        <source>The &amp;whole database ({0} and everyone known)</source>
        <translation>&amp;Toute la base ({0} et toutes les personnes connues)</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/export_data_dialog.py" line="28"/>
        <source>The &amp;selected visit</source>
        <translation>La visite &amp;sélectionnée</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/export_options_dialog.py" line="43"/>
        <source>US &amp;Letter</source>
        <translation>&amp;Lettre US</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/export_options_dialog.py" line="44"/>
        <source>P&amp;DF (preview, print, save)</source>
        <translation>P&amp;DF (aperçu, impression, enregistrement)</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/export_options_dialog.py" line="44"/>
        <source>&amp;Word (.docx, for editing)</source>
        <translation>&amp;Word (.docx, à modifier)</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/export_options_dialog.py" line="45"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/export_options_dialog.py" line="57"/>
        <source>Export briefing note</source>
        <translation>Exporter la note d&apos;information</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/export_options_dialog.py" line="71"/>
        <source>e.g. Minister for Foreign Affairs</source>
        <translation>p. ex. Ministre des Affaires étrangères</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/export_options_dialog.py" line="72"/>
        <location filename="../../briefing/gui/dialogs/export_options_dialog.py" line="77"/>
        <source>e.g. Director, Africa Department</source>
        <translation>p. ex. Directeur, Direction de l&apos;Afrique</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/export_options_dialog.py" line="73"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/export_options_dialog.py" line="74"/>
        <source>e.g. West Africa Desk</source>
        <translation>p. ex. Bureau Afrique de l&apos;Ouest</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/export_options_dialog.py" line="103"/>
        <source>&amp;Classification:</source>
        <translation>&amp;Classification :</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/export_options_dialog.py" line="104"/>
        <source>Printed at the top and bottom of every page. Or type your own.</source>
        <translation>Imprimée sur chaque page ; ou saisissez la vôtre.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/export_options_dialog.py" line="105"/>
        <source>&amp;To:</source>
        <translation>&amp;À :</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/export_options_dialog.py" line="106"/>
        <source>&amp;From:</source>
        <translation>D&amp;e :</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/export_options_dialog.py" line="107"/>
        <source>&amp;Prepared by:</source>
        <translation>&amp;Rédigé par :</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/export_options_dialog.py" line="108"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Service :</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/export_options_dialog.py" line="109"/>
        <source>Telep&amp;hone:</source>
        <translation>Télép&amp;hone :</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/export_options_dialog.py" line="111"/>
        <source>Appr&amp;oved by:</source>
        <translation>Appr&amp;ouvé par :</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/export_options_dialog.py" line="112"/>
        <source>Paper:</source>
        <translation>Papier :</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/export_options_dialog.py" line="117"/>
        <source>Language of the note</source>
        <translation>Langue de la note</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/export_options_dialog.py" line="119"/>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/export_options_dialog.py" line="121"/>
        <source>Sections</source>
        <translation>Rubriques</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/export_options_dialog.py" line="45"/>
        <source>Pre&amp;view…</source>
        <translation>A&amp;perçu…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/export_options_dialog.py" line="75"/>
        <source>e.g. +7 7172 72 00 00</source>
        <translation>p. ex. +7 7172 72 00 00</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/export_options_dialog.py" line="76"/>
        <source>e.g. Head of the West Africa Desk</source>
        <translation>p. ex. chef du bureau Afrique de l’Ouest</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/export_options_dialog.py" line="110"/>
        <source>Cleared &amp;by:</source>
        <translation>Valid&amp;é par :</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/export_options_dialog.py" line="118"/>
        <source>La&amp;nguage:</source>
        <translation>La&amp;ngue :</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/export_options_dialog.py" line="144"/>
        <source>The organisation&apos;s name and logo in the header are set in Edit → Preferences.</source>
        <translation>Nom et logo de l&apos;organisme en en-tête : Édition → Préférences.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/export_options_dialog.py" line="226"/>
        <source>Choose a classification label or type your own.</source>
        <translation>Choisissez une classification ou saisissez la vôtre.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/export_options_dialog.py" line="228"/>
        <source>Choose at least one section.</source>
        <translation>Choisissez au moins une rubrique.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/follow_up_dialog.py" line="23"/>
        <source>Add follow-up action</source>
        <translation>Ajouter une suite à donner</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/follow_up_dialog.py" line="30"/>
        <source>Unit or person responsible</source>
        <translation>Service ou personne responsable</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/follow_up_dialog.py" line="33"/>
        <source>&amp;Action:</source>
        <translation>&amp;Action :</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/follow_up_dialog.py" line="34"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/follow_up_dialog.py" line="35"/>
        <source>&amp;Due:</source>
        <translation>É&amp;chéance :</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/follow_up_dialog.py" line="36"/>
        <source>&amp;Status:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/follow_up_dialog.py" line="63"/>
        <source>Edit follow-up action</source>
        <translation>Modifier la suite à donner</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/form_dialog.py" line="139"/>
        <location filename="../../briefing/gui/widgets/visit_review_form.py" line="95"/>
        <source>{0} problem</source>
        <translation>Problème : {0}</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/form_dialog.py" line="216"/>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="430"/>
        <source>Discard changes?</source>
        <translation>Abandonner les modifications ?</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/form_dialog.py" line="216"/>
        <source>What you changed in this form is not saved.</source>
        <translation>Les modifications apportées à ce formulaire ne sont pas enregistrées.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/form_dialog.py" line="217"/>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="432"/>
        <source>&amp;Discard changes</source>
        <translation>&amp;Abandonner les modifications</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/form_dialog.py" line="217"/>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="432"/>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continuer la saisie</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/form_dialog.py" line="293"/>
        <location filename="../../briefing/gui/dialogs/pdf_preview_dialog.py" line="161"/>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="409"/>
        <location filename="../../briefing/gui/pdf_export.py" line="150"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/form_dialog.py" line="294"/>
        <source>Nothing was saved; what you typed is still in the form.</source>
        <translation>Rien n&apos;a été enregistré ; votre saisie est toujours dans le formulaire.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/history_dialog.py" line="20"/>
        <source>Add history entry</source>
        <translation>Ajouter un fait d&apos;historique</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/history_dialog.py" line="25"/>
        <location filename="../../briefing/gui/widgets/date_field.py" line="25"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/history_dialog.py" line="27"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/history_dialog.py" line="28"/>
        <source>Optional. A year (2019) or a month (2019-04) will do.</source>
        <translation>Facultatif. Une année (2019) ou un mois (2019-04) suffit.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/history_dialog.py" line="29"/>
        <source>&amp;What happened:</source>
        <translation>&amp;Fait :</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/history_dialog.py" line="53"/>
        <source>Edit history entry</source>
        <translation>Modifier le fait d&apos;historique</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/import_summary_dialog.py" line="26"/>
        <source>Import {0}?</source>
        <translation>Importer {0} ?</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/import_summary_dialog.py" line="30"/>
        <source>The file is written in one step: all of it or nothing. A backup of the database is taken first, so File → Restore from backup can take the import back.</source>
        <translation>Le fichier est importé en une seule fois : tout ou rien. La base est d&apos;abord sauvegardée : Fichier → Restaurer une sauvegarde permet d&apos;annuler l&apos;import.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/import_summary_dialog.py" line="34"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/participant_dialog.py" line="26"/>
        <source>Add participant</source>
        <translation>Ajouter un participant</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/participant_dialog.py" line="32"/>
        <source>&amp;Existing person</source>
        <translation>Personne &amp;existante</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/participant_dialog.py" line="33"/>
        <source>Ne&amp;w person</source>
        <translation>&amp;Nouvelle personne</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/participant_dialog.py" line="46"/>
        <location filename="../../briefing/gui/dialogs/person_dialog.py" line="29"/>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/participant_dialog.py" line="50"/>
        <source>e.g. Minister of Foreign Affairs</source>
        <translation>p. ex. Ministre des Affaires étrangères</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/participant_dialog.py" line="51"/>
        <source>Person:</source>
        <translation>Personne :</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/participant_dialog.py" line="53"/>
        <location filename="../../briefing/gui/dialogs/person_dialog.py" line="31"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/participant_dialog.py" line="54"/>
        <location filename="../../briefing/gui/dialogs/person_dialog.py" line="32"/>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisme :</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/participant_dialog.py" line="56"/>
        <source>&amp;Side:</source>
        <translation>&amp;Partie :</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/participant_dialog.py" line="57"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/participant_dialog.py" line="58"/>
        <source>&amp;Title at the time:</source>
        <translation>&amp;Fonction à la date :</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/participant_dialog.py" line="120"/>
        <source>No one called &apos;{0}&apos; is known; choose from the list or add a new person.</source>
        <translation>Personne ne s&apos;appelle « {0} » ; choisissez dans la liste ou ajoutez une nouvelle personne.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/participant_dialog.py" line="134"/>
        <source>Edit participant</source>
        <translation>Modifier le participant</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/pdf_preview_dialog.py" line="65"/>
        <source>Preview — {0}</source>
        <translation>Aperçu — {0}</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/pdf_preview_dialog.py" line="73"/>
        <source>Preview of the {0}</source>
        <translation>Aperçu : {0}</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/pdf_preview_dialog.py" line="80"/>
        <source>Fit &amp;width</source>
        <translation>&amp;Largeur de page</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/pdf_preview_dialog.py" line="81"/>
        <source>Whole pa&amp;ge</source>
        <translation>Pa&amp;ge entière</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/pdf_preview_dialog.py" line="93"/>
        <source>&amp;Open after export</source>
        <translation>&amp;Ouvrir après l&apos;export</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/pdf_preview_dialog.py" line="97"/>
        <location filename="../../briefing/gui/widgets/attachments_pane.py" line="105"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Enregistrer sous…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/pdf_preview_dialog.py" line="99"/>
        <location filename="../../briefing/gui/window_actions.py" line="82"/>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/pdf_preview_dialog.py" line="133"/>
        <source>The {0} could not be shown here; it can still be saved.</source>
        <translation>Impossible d&apos;afficher ce document ({0}) ici ; il peut néanmoins être enregistré.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/pdf_preview_dialog.py" line="135"/>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/pdf_preview_dialog.py" line="151"/>
        <source>Save {0}</source>
        <translation>Enregistrer : {0}</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/pdf_preview_dialog.py" line="152"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/pdf_preview_dialog.py" line="162"/>
        <source>The {0} could not be written to {1}: {2}.

Choose another folder (one you can write to) or another file name, and save again.</source>
        <translation>Écriture impossible ({0}) dans {1} : {2}.

Choisissez un autre dossier (accessible en écriture) ou un autre nom de fichier, puis enregistrez de nouveau.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/people_dialog.py" line="44"/>
        <location filename="../../briefing/gui/dialogs/people_dialog.py" line="54"/>
        <location filename="../../briefing/gui/window_actions.py" line="110"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/people_dialog.py" line="47"/>
        <source>Find people by name</source>
        <translation>Chercher des personnes par leur nom</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/people_dialog.py" line="50"/>
        <source>Find people</source>
        <translation>Chercher des personnes</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/people_dialog.py" line="68"/>
        <location filename="../../briefing/gui/widgets/record_pane.py" line="61"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/people_dialog.py" line="69"/>
        <location filename="../../briefing/gui/widgets/record_pane.py" line="63"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/people_dialog.py" line="70"/>
        <source>Merge…</source>
        <translation>Fusionner…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/people_dialog.py" line="71"/>
        <source>Select two records of the same person to make them one</source>
        <translation>Sélectionnez deux fiches de la même personne pour n’en faire qu’une</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/people_dialog.py" line="72"/>
        <location filename="../../briefing/gui/widgets/record_pane.py" line="65"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/people_dialog.py" line="114"/>
        <source>Showing the first {0}; type to narrow down.</source>
        <translation>Affichage des {0} premières ; tapez pour affiner.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/people_dialog.py" line="116"/>
        <source>No people match ‘{0}’.</source>
        <translation>Aucune personne ne correspond à « {0} ».</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/people_dialog.py" line="116"/>
        <source>No people yet.</source>
        <translation>Aucune personne pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/people_dialog.py" line="156"/>
        <source>People not merged</source>
        <translation>Personnes non fusionnées</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/people_dialog.py" line="184"/>
        <location filename="../../briefing/gui/dialogs/people_dialog.py" line="185"/>
        <source>Delete person</source>
        <translation>Supprimer la personne</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/people_dialog.py" line="184"/>
        <source>Delete {0}?</source>
        <translation>Supprimer {0} ?</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/merge_people_dialog.py" line="28"/>
        <source>Merge people</source>
        <translation>Fusionner des personnes</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/merge_people_dialog.py" line="31"/>
        <source>Keep which record? The other one&apos;s visits, signatures and biography move to it, and the other record is deleted.</source>
        <translation>Quelle fiche conserver ? Les visites, signatures et la biographie de l’autre lui sont rattachées, puis l’autre fiche est supprimée.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/merge_people_dialog.py" line="38"/>
        <location filename="../../briefing/gui/dialogs/people_dialog.py" line="186"/>
        <location filename="../../briefing/gui/widgets/attachments_pane.py" line="263"/>
        <location filename="../../briefing/gui/widgets/record_pane.py" line="224"/>
        <source>You can undo this with Edit → Undo (Ctrl+Z).</source>
        <translation>Vous pouvez revenir en arrière par Édition → Annuler (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/merge_people_dialog.py" line="41"/>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/person_in_use_dialog.py" line="30"/>
        <source>Cannot delete person</source>
        <translation>Impossible de supprimer la personne</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/person_in_use_dialog.py" line="36"/>
        <source>{0} takes part in {1}.</source>
        <translation>{0} participe à {1}.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/person_in_use_dialog.py" line="40"/>
        <source>Visits with this person</source>
        <translation>Visites avec cette personne</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/person_in_use_dialog.py" line="45"/>
        <source>Remove them from these visits first, or merge them into another person with Merge… in People.</source>
        <translation>Retirez d’abord cette personne de ces visites, ou fusionnez-la avec une autre fiche via Fusionner… dans Personnes.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/people_dialog.py" line="197"/>
        <source>Person not deleted</source>
        <translation>Personne non supprimée</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/person_dialog.py" line="21"/>
        <source>Add person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/person_dialog.py" line="26"/>
        <source>Full name as it should appear in the briefing</source>
        <translation>Nom complet tel qu’il doit figurer dans la note</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/person_dialog.py" line="28"/>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="70"/>
        <source>e.g. Ministry of Foreign Affairs</source>
        <translation>p. ex. Ministère des Affaires étrangères</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/person_dialog.py" line="34"/>
        <source>&amp;Biography:</source>
        <translation>&amp;Biographie :</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/person_dialog.py" line="66"/>
        <source>Edit person</source>
        <translation>Modifier la personne</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/person_dialog.py" line="73"/>
        <source>Takes part in {0}; a change shows in all of them.</source>
        <translation>Participe à {0} ; toute modification apparaît partout.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="39"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="48"/>
        <source>{0} in {1}</source>
        <translation>{0} en {1}</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="48"/>
        <source>No backups yet</source>
        <translation>Aucune copie pour l’instant</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="65"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="77"/>
        <source>Logo preview</source>
        <translation>Aperçu du logo</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="80"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="81"/>
        <source>C&amp;lear</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="93"/>
        <source>Briefing note header</source>
        <translation>En-tête de la note d&apos;information</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="96"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisme :</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="99"/>
        <source>Logo:</source>
        <translation>Logo :</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="104"/>
        <source>Choo&amp;se…</source>
        <translation>Choi&amp;sir…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="105"/>
        <source>Clea&amp;r</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="112"/>
        <source>Word template:</source>
        <translation>Modèle Word :</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="119"/>
        <source> copies</source>
        <translation> copies</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="127"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="130"/>
        <source>&amp;Window and notes:</source>
        <translation>&amp;Fenêtre et notes :</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="136"/>
        <location filename="../../briefing/gui/dialogs/restore_backup_dialog.py" line="63"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="139"/>
        <source>&amp;Keep the newest:</source>
        <translation>&amp;Conserver les plus récentes :</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="142"/>
        <source> in {0}</source>
        <comment>where backups are kept</comment>
        <translation> dans {0}</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="198"/>
        <source>Choose the logo</source>
        <translation>Choisir le logo</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="204"/>
        <source>Choose the Word template</source>
        <translation>Choisir le modèle Word</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="210"/>
        <source>Word template not used</source>
        <translation>Modèle Word non retenu</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="211"/>
        <source>{0} {1}.

Choose a Word document (.docx) whose styles, page set-up and header the notes should take.</source>
        <translation>{0} {1}.

Choisissez un document Word (.docx) dont les notes doivent reprendre les styles, la mise en page et l’en-tête.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="220"/>
        <source>Optional: a .docx whose styles, fonts, page set-up and header logo the Word export takes.</source>
        <translation>Facultatif : un fichier .docx dont l’export Word reprend les styles, les polices, la mise en page et le logo d’en-tête.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="235"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="236"/>
        <source>Checking {0}…</source>
        <translation>Vérification de {0}…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="253"/>
        <source>Logo not used</source>
        <translation>Logo non retenu</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="254"/>
        <source>{0} {1}.

Choose a PNG or JPEG file of at most {2} MB and {3} million pixels.</source>
        <translation>{0} : {1}.

Choisissez un fichier PNG ou JPEG de {2} Mo et {3} millions de pixels au plus.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="259"/>
        <source>Not used</source>
        <translation>Non utilisé</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="260"/>
        <source>The logo is not used: {0} {1}. Choose it again or clear it.</source>
        <translation>Le logo n&apos;est pas utilisé : {0} : {1}. Choisissez-le à nouveau ou effacez-le.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="302"/>
        <source>Preferences not saved</source>
        <translation>Préférences non enregistrées</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="303"/>
        <source>The logo could not be copied to {0}: {1}.

Make that folder writable, or clear the logo, and press OK again.</source>
        <translation>Le logo n&apos;a pas pu être copié dans {0} : {1}.

Rendez ce dossier accessible en écriture, ou effacez le logo, puis appuyez de nouveau sur OK.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="272"/>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="143"/>
        <source>A copy of the database is taken once a day and before every upgrade{0}. Copies older than {1} days are deleted, and the oldest first when all would take more than {2}; the newest is always kept.</source>
        <translation>Une copie de la base est faite une fois par jour et avant chaque mise à niveau{0}. Les copies de plus de {1} jours sont supprimées, et les plus anciennes d’abord quand l’ensemble dépasserait {2} ; la plus récente est toujours gardée.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="151"/>
        <source>Room the backups take</source>
        <translation>Place prise par les copies</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="152"/>
        <source>Room taken:</source>
        <translation>Place prise :</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="273"/>
        <source>Optional: a PNG or JPEG printed left of the organisation&apos;s name.</source>
        <translation>Facultatif : un PNG ou JPEG imprimé à gauche du nom de l&apos;organisme.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="287"/>
        <source>Notes are exported in this language unless you choose another.</source>
        <translation>Les notes sont exportées dans cette langue, sauf si vous en choisissez une autre.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="59"/>
        <source>Press releases (*.txt *.html *.htm *.pdf);;All files (*)</source>
        <translation>Communiqués (*.txt *.html *.htm *.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="60"/>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="85"/>
        <source>New visit from press release</source>
        <translation>Nouvelle visite d&apos;après un communiqué</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="61"/>
        <source>Merge a press release into a visit</source>
        <translation>Fusion d’un communiqué dans une visite</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="62"/>
        <source>Paste the text of a press release, or open a .txt, .html or .pdf file. It is read on this computer; you check what was found before anything is saved.</source>
        <translation>Collez le texte d&apos;un communiqué de presse ou ouvrez un fichier .txt, .html ou .pdf. Il est lu sur cet ordinateur ; vous vérifiez ce qui a été trouvé avant tout enregistrement.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="93"/>
        <source>&amp;Read press release</source>
        <translation>&amp;Lire le communiqué</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="94"/>
        <source>&amp;Back to the text</source>
        <translation>&amp;Retour au texte</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="126"/>
        <source>Paste the press release here…</source>
        <translation>Collez le communiqué ici…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="127"/>
        <source>Press release to read</source>
        <translation>Communiqué à lire</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="128"/>
        <source>&amp;Open file…</source>
        <translation>&amp;Ouvrir un fichier…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="161"/>
        <source>Add a participant</source>
        <translation>Ajouter un participant</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="162"/>
        <source>Remove the selected participant: the text did not mean them</source>
        <translation>Retirer le participant sélectionné : le texte ne le désignait pas</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="164"/>
        <source>Add a cooperation area</source>
        <translation>Ajouter un domaine de coopération</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="165"/>
        <source>Remove the selected area: the text did not mean it</source>
        <translation>Retirer le domaine sélectionné : le texte ne le mentionnait pas</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="167"/>
        <source>Add an agreement</source>
        <translation>Ajouter un accord</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="168"/>
        <source>Remove the selected agreement: the text did not mean it</source>
        <translation>Retirer l&apos;accord sélectionné : le texte ne le mentionnait pas</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="171"/>
        <source>How sure the reader is: {0}. Select a field to see where it comes from.</source>
        <translation>Degré de certitude : {0}. Sélectionnez un champ pour voir sa source.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="176"/>
        <location filename="../../briefing/gui/models/follow_ups_due_model.py" line="19"/>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="195"/>
        <source>Press release: the passage behind the selected field is highlighted</source>
        <translation>Communiqué : le passage correspondant au champ sélectionné est surligné</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="229"/>
        <source>Paste the text of a press release first, or open a file.</source>
        <translation>Collez d&apos;abord le texte d&apos;un communiqué ou ouvrez un fichier.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="231"/>
        <source>Reading the text…</source>
        <translation>Lecture du texte…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="235"/>
        <source>Open a press release</source>
        <translation>Ouvrir un communiqué</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="237"/>
        <source>Reading {0}…</source>
        <translation>Lecture de {0}…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="274"/>
        <source>Also keep the {0} found in the text</source>
        <translation>Conserver aussi ce qui a été trouvé dans le texte : {0}</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="287"/>
        <source>The file could not be read: {0}.</source>
        <translation>Le fichier n&apos;a pas pu être lu : {0}.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="289"/>
        <source>The text could not be read ({0}: {1}). Try pasting the text.</source>
        <translation>Le texte n&apos;a pas pu être lu ({0} : {1}). Essayez de le coller.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="317"/>
        <source>Existing person{0}</source>
        <translation>Personne existante{0}</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="318"/>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="370"/>
        <source>Row {0}: {1}</source>
        <translation>Ligne {0} : {1}</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="372"/>
        <source>, {0} to fix</source>
        <translation>, à corriger : {0}</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="376"/>
        <source>{0} to fix before saving: see the messages in red.</source>
        <translation>À corriger avant enregistrement : {0} (voir les messages en rouge).</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="410"/>
        <source>Nothing was saved; what you checked is still in the form.</source>
        <translation>Rien n&apos;a été enregistré ; ce que vous avez vérifié est toujours dans le formulaire.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="431"/>
        <source>What you corrected in the review is not saved.</source>
        <translation>Les corrections apportées à la vérification ne sont pas enregistrées.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/quote_dialog.py" line="20"/>
        <source>Add quote</source>
        <translation>Ajouter une citation</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/quote_dialog.py" line="26"/>
        <source>Who said it (a participant&apos;s name is suggested)</source>
        <translation>Auteur (le nom d&apos;un participant est proposé)</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/quote_dialog.py" line="33"/>
        <source>&amp;Speaker:</source>
        <translation>&amp;Auteur :</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/quote_dialog.py" line="34"/>
        <source>&amp;Words:</source>
        <translation>&amp;Propos :</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/quote_dialog.py" line="58"/>
        <source>Edit quote</source>
        <translation>Modifier la citation</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/restore_backup_dialog.py" line="33"/>
        <source>Daily</source>
        <comment>why a backup was taken</comment>
        <translation>Quotidienne</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/restore_backup_dialog.py" line="34"/>
        <source>Before an upgrade</source>
        <comment>why a backup was taken</comment>
        <translation>Avant une mise à niveau</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/restore_backup_dialog.py" line="35"/>
        <source>Before a restore</source>
        <comment>why a backup was taken</comment>
        <translation>Avant une restauration</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/restore_backup_dialog.py" line="36"/>
        <source>Before an import</source>
        <comment>why a backup was taken</comment>
        <translation>Avant une importation</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/restore_backup_dialog.py" line="37"/>
        <source>Taken by hand</source>
        <comment>why a backup was taken</comment>
        <translation>Faite à la main</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/restore_backup_dialog.py" line="54"/>
        <source>Restoring replaces everything in the database with the backup&apos;s content. The database as it is now is backed up first, so a restore can itself be undone by restoring that copy.</source>
        <translation>La restauration remplace tout le contenu de la base par celui de la sauvegarde. La base actuelle est d&apos;abord sauvegardée : une restauration peut donc elle-même être annulée en restaurant cette copie.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/restore_backup_dialog.py" line="59"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/restore_backup_dialog.py" line="59"/>
        <location filename="../../briefing/gui/models/record_table_models.py" line="88"/>
        <location filename="../../briefing/gui/widgets/visit_list_pane.py" line="41"/>
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/restore_backup_dialog.py" line="59"/>
        <source>Taken</source>
        <comment>when a backup was taken</comment>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/restore_backup_dialog.py" line="71"/>
        <source>No backups yet. Briefing takes one each day it starts, and before every upgrade and import.</source>
        <translation>Aucune sauvegarde pour l&apos;instant. Briefing en fait une chaque jour où il démarre, et avant chaque mise à niveau et chaque import.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/restore_backup_dialog.py" line="77"/>
        <source>Backups are kept in {0}</source>
        <translation>Les sauvegardes sont conservées dans {0}</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/restore_backup_dialog.py" line="81"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/restore_backup_dialog.py" line="110"/>
        <source>Damaged</source>
        <translation>Endommagée</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/restore_backup_dialog.py" line="116"/>
        <source>This backup cannot be read, so it cannot be restored.</source>
        <translation>Cette sauvegarde est illisible et ne peut donc pas être restaurée.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/talking_point_dialog.py" line="19"/>
        <source>Add talking point</source>
        <translation>Ajouter un élément de langage</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/talking_point_dialog.py" line="25"/>
        <source>&amp;Key message:</source>
        <translation>&amp;Message clé :</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/talking_point_dialog.py" line="26"/>
        <source>One message the minister should get across, in a sentence or two.</source>
        <translation>Un message que le ministre doit faire passer, en une ou deux phrases.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/talking_point_dialog.py" line="49"/>
        <source>Edit talking point</source>
        <translation>Modifier l&apos;élément de langage</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/visit_dialog.py" line="20"/>
        <location filename="../../briefing/gui/window_actions.py" line="73"/>
        <source>New visit</source>
        <translation>Nouvelle visite</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/visit_dialog.py" line="27"/>
        <source>e.g. Official visit of the Foreign Minister of Viet Nam to Greece</source>
        <translation>p. ex. Visite officielle du ministre des Affaires étrangères du Viêt Nam en Grèce</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/visit_dialog.py" line="28"/>
        <source>Where this comes from: a link or a reference</source>
        <translation>Source : un lien ou une référence</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/visit_dialog.py" line="33"/>
        <location filename="../../briefing/gui/widgets/visit_review_form.py" line="75"/>
        <source>to</source>
        <comment>between two dates</comment>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/visit_dialog.py" line="38"/>
        <location filename="../../briefing/gui/widgets/visit_review_form.py" line="49"/>
        <source>&amp;Guest country:</source>
        <translation>Pays &amp;invité :</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/visit_dialog.py" line="39"/>
        <location filename="../../briefing/gui/widgets/visit_review_form.py" line="50"/>
        <source>&amp;Host country:</source>
        <translation>Pays d&apos;a&amp;ccueil :</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/visit_dialog.py" line="40"/>
        <location filename="../../briefing/gui/widgets/visit_review_form.py" line="51"/>
        <source>&amp;City:</source>
        <translation>&amp;Ville :</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/visit_dialog.py" line="41"/>
        <location filename="../../briefing/gui/widgets/visit_review_form.py" line="52"/>
        <source>&amp;Dates:</source>
        <translation>&amp;Dates :</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/visit_dialog.py" line="42"/>
        <source>Optional; type YYYY-MM-DD or pick from the calendar.</source>
        <translation>Facultatif ; saisissez AAAA-MM-JJ ou choisissez dans le calendrier.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/visit_dialog.py" line="45"/>
        <location filename="../../briefing/gui/widgets/visit_review_form.py" line="53"/>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/visit_dialog.py" line="46"/>
        <location filename="../../briefing/gui/widgets/visit_review_form.py" line="54"/>
        <source>&amp;Level:</source>
        <translation>&amp;Niveau :</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/visit_dialog.py" line="48"/>
        <location filename="../../briefing/gui/widgets/visit_review_form.py" line="56"/>
        <source>&amp;Summary:</source>
        <translation>&amp;Résumé :</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/visit_dialog.py" line="49"/>
        <location filename="../../briefing/gui/widgets/visit_review_form.py" line="62"/>
        <source>Signi&amp;ficance:</source>
        <translation>&amp;Portée :</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/visit_dialog.py" line="50"/>
        <location filename="../../briefing/gui/widgets/visit_review_form.py" line="63"/>
        <source>S&amp;ource:</source>
        <translation>S&amp;ource :</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/visit_dialog.py" line="105"/>
        <location filename="../../briefing/gui/window_actions.py" line="104"/>
        <source>Edit visit</source>
        <translation>Modifier la visite</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/formatting.py" line="10"/>
        <source>January</source>
        <translation>janvier</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/formatting.py" line="10"/>
        <source>February</source>
        <translation>février</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/formatting.py" line="10"/>
        <source>March</source>
        <translation>mars</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/formatting.py" line="10"/>
        <source>April</source>
        <translation>avril</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/formatting.py" line="10"/>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/formatting.py" line="10"/>
        <source>June</source>
        <translation>juin</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/formatting.py" line="10"/>
        <source>July</source>
        <translation>juillet</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/formatting.py" line="11"/>
        <source>August</source>
        <translation>août</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/formatting.py" line="11"/>
        <source>September</source>
        <translation>septembre</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/formatting.py" line="11"/>
        <source>October</source>
        <translation>octobre</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/formatting.py" line="11"/>
        <source>November</source>
        <translation>novembre</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/formatting.py" line="11"/>
        <source>December</source>
        <translation>décembre</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/formatting.py" line="22"/>
        <source>Jan</source>
        <comment>short month</comment>
        <translation>janv.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/formatting.py" line="22"/>
        <source>Feb</source>
        <comment>short month</comment>
        <translation>févr.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/formatting.py" line="22"/>
        <source>Mar</source>
        <comment>short month</comment>
        <translation>mars</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/formatting.py" line="23"/>
        <source>Apr</source>
        <comment>short month</comment>
        <translation>avr.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/formatting.py" line="23"/>
        <source>May</source>
        <comment>short month</comment>
        <translation>mai</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/formatting.py" line="23"/>
        <source>Jun</source>
        <comment>short month</comment>
        <translation>juin</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/formatting.py" line="24"/>
        <source>Jul</source>
        <comment>short month</comment>
        <translation>juil.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/formatting.py" line="24"/>
        <source>Aug</source>
        <comment>short month</comment>
        <translation>août</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/formatting.py" line="24"/>
        <source>Sep</source>
        <comment>short month</comment>
        <translation>sept.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/formatting.py" line="25"/>
        <source>Oct</source>
        <comment>short month</comment>
        <translation>oct.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/formatting.py" line="25"/>
        <source>Nov</source>
        <comment>short month</comment>
        <translation>nov.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/formatting.py" line="25"/>
        <source>Dec</source>
        <comment>short month</comment>
        <translation>déc.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/formatting.py" line="48"/>
        <source>until {0}</source>
        <translation>jusqu&apos;au {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefing/gui/formatting.py" line="63"/>
        <source>%Ln visit(s)</source>
        <translation>
            <numerusform>%Ln visite</numerusform>
            <numerusform>%Ln visites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefing/gui/formatting.py" line="64"/>
        <source>%Ln quote(s)</source>
        <translation>
            <numerusform>%Ln citation</numerusform>
            <numerusform>%Ln citations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefing/gui/formatting.py" line="65"/>
        <source>%Ln history note(s)</source>
        <translation>
            <numerusform>%Ln fait d&apos;historique</numerusform>
            <numerusform>%Ln faits d&apos;historique</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefing/gui/formatting.py" line="66"/>
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>%Ln problème</numerusform>
            <numerusform>%Ln problèmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefing/gui/formatting.py" line="67"/>
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln page</numerusform>
            <numerusform>%Ln pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefing/gui/formatting.py" line="68"/>
        <source>%Ln participant link(s)</source>
        <translation>
            <numerusform>%Ln participation</numerusform>
            <numerusform>%Ln participations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefing/gui/formatting.py" line="69"/>
        <source>%Ln cooperation area(s)</source>
        <translation>
            <numerusform>%Ln domaine de coopération</numerusform>
            <numerusform>%Ln domaines de coopération</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefing/gui/formatting.py" line="70"/>
        <source>%Ln agreement(s)</source>
        <translation>
            <numerusform>%Ln accord</numerusform>
            <numerusform>%Ln accords</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefing/gui/formatting.py" line="71"/>
        <source>%Ln history entry(s)</source>
        <translation>
            <numerusform>%Ln fait d&apos;historique</numerusform>
            <numerusform>%Ln faits d&apos;historique</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefing/gui/formatting.py" line="72"/>
        <source>%Ln talking point(s)</source>
        <translation>
            <numerusform>%Ln élément de langage</numerusform>
            <numerusform>%Ln éléments de langage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefing/gui/formatting.py" line="73"/>
        <source>%Ln follow-up action(s)</source>
        <translation>
            <numerusform>%Ln suite à donner</numerusform>
            <numerusform>%Ln suites à donner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefing/gui/formatting.py" line="74"/>
        <source>%Ln copy(s)</source>
        <translation>
            <numerusform>%Ln copie</numerusform>
            <numerusform>%Ln copies</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../briefing/gui/formatting.py" line="84"/>
        <source>{0} GB</source>
        <translation>{0} Go</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/formatting.py" line="84"/>
        <source>{0} MB</source>
        <translation>{0} Mo</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/formatting.py" line="88"/>
        <source>{0} KB</source>
        <translation>{0} Ko</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/formatting.py" line="95"/>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <location filename="../../briefing/gui/main_window.py" line="30"/>
        <source>This database is open read-only: you can read, search and export, but not change anything. To edit, make the file and its folder writable, then start Briefing again.</source>
        <translation>Cette base est ouverte en lecture seule : vous pouvez consulter, chercher et exporter, mais rien modifier. Pour modifier, rendez le fichier et son dossier accessibles en écriture, puis redémarrez Briefing.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/main_window.py" line="43"/>
        <source> (read-only)</source>
        <translation> (lecture seule)</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/main_window.py" line="44"/>
        <source>{0}{1} — Briefing</source>
        <translation>{0}{1} — Briefing</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/main_window.py" line="92"/>
        <source>Read-only: edits are disabled</source>
        <translation>Lecture seule : modifications désactivées</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/main_window.py" line="103"/>
        <source>Saved the {0} to {1}.</source>
        <translation>Enregistré ({0}) dans {1}.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/main_window.py" line="105"/>
        <source>Sent the {0} to the printer ({1}).</source>
        <translation>{0} envoyée à l’imprimante ({1}).</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/main_window.py" line="107"/>
        <source>The PDF could not be made: {0}.

Nothing was written. Try again; if it fails again, export with fewer sections to find the part that does not print.</source>
        <translation>Le PDF n&apos;a pas pu être produit : {0}.

Rien n&apos;a été écrit. Réessayez ; en cas de nouvel échec, exportez avec moins de rubriques pour trouver celle qui ne s&apos;imprime pas.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/main_window.py" line="110"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export annulé ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/main_window.py" line="167"/>
        <source>&amp;Undo {0}</source>
        <translation>&amp;Annuler : {0}</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/follow_ups_due_dialog.py" line="43"/>
        <location filename="../../briefing/gui/dialogs/follow_ups_due_dialog.py" line="48"/>
        <source>Follow-ups due</source>
        <translation>Suites à donner en cours</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/follow_ups_due_dialog.py" line="54"/>
        <location filename="../../briefing/gui/models/follow_ups_due_model.py" line="72"/>
        <source>{0} · overdue</source>
        <translation>{0} · en retard</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/follow_ups_due_dialog.py" line="57"/>
        <source>No follow-up is open: every action promised is done or cancelled.</source>
        <translation>Aucune suite en cours : toutes les actions promises sont faites ou annulées.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/follow_ups_due_dialog.py" line="65"/>
        <source>Status of the selected follow-up</source>
        <translation>Statut de la suite sélectionnée</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/follow_ups_due_dialog.py" line="66"/>
        <source>&amp;Set status</source>
        <translation>&amp;Appliquer le statut</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/follow_ups_due_dialog.py" line="67"/>
        <location filename="../../briefing/gui/main_window.py" line="167"/>
        <location filename="../../briefing/gui/window_actions.py" line="101"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/follow_ups_due_dialog.py" line="68"/>
        <location filename="../../briefing/gui/dialogs/person_in_use_dialog.py" line="49"/>
        <source>&amp;Open visit</source>
        <translation>&amp;Ouvrir la visite</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/follow_ups_due_dialog.py" line="70"/>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/follow_ups_due_dialog.py" line="106"/>
        <source>{0} still to do, {1} of them overdue.</source>
        <translation>{0} en cours, dont {1} en retard.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/follow_ups_due_dialog.py" line="131"/>
        <source>Undo: {0}</source>
        <translation>Annuler : {0}</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/follow_ups_due_dialog.py" line="142"/>
        <source>Status not changed</source>
        <translation>Statut inchangé</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/follow_ups_due_dialog.py" line="152"/>
        <source>Nothing undone</source>
        <translation>Rien n’a été annulé</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/main_window.py" line="168"/>
        <source>Undo {0} (Ctrl+Z)</source>
        <translation>Annuler : {0} (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/main_window.py" line="168"/>
        <source>Nothing to undo</source>
        <translation>Rien à annuler</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/main_window.py" line="175"/>
        <source>{0} of {1}</source>
        <translation>{0} sur {1}</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/main_window.py" line="178"/>
        <location filename="../../briefing/gui/widgets/detail_pane.py" line="111"/>
        <source>Select a visit on the left to see it here.</source>
        <translation>Sélectionnez une visite à gauche pour l’afficher ici.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/main_window.py" line="179"/>
        <source>Create the first visit: File → New visit (Ctrl+N), or here.</source>
        <translation>Créez la première visite : Fichier → Nouvelle visite (Ctrl+N), ou ici.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/duplicate_visit_dialog.py" line="27"/>
        <source>Added visit “{0}”.</source>
        <translation>Visite « {0} » ajoutée.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/duplicate_visit_dialog.py" line="28"/>
        <source>Nothing was saved; this is the visit already stored: “{0}”.</source>
        <translation>Rien n’a été enregistré ; voici la visite déjà enregistrée : « {0} ».</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/duplicate_visit_dialog.py" line="29"/>
        <source>Merged into the visit already stored: “{0}”.</source>
        <translation>Fusionné dans la visite déjà enregistrée : « {0} ».</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/duplicate_visit_dialog.py" line="53"/>
        <source>This visit may already be stored</source>
        <translation>Cette visite est peut-être déjà enregistrée</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/duplicate_visit_dialog.py" line="59"/>
        <source>Already stored with the same countries on overlapping dates, or the same source: {0}.</source>
        <translation>Déjà enregistrées avec les mêmes pays à des dates qui se recoupent, ou la même source : {0}.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/duplicate_visit_dialog.py" line="63"/>
        <source>Visits already stored</source>
        <translation>Visites déjà enregistrées</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/duplicate_visit_dialog.py" line="69"/>
        <source>Open it to read it, merge into it to add what this one brings without changing what it says, or save this one as another visit.</source>
        <translation>Ouvrez-la pour la consulter, fusionnez pour y ajouter ce que celle-ci apporte sans modifier son contenu, ou enregistrez celle-ci comme une autre visite.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/duplicate_visit_dialog.py" line="73"/>
        <source>&amp;Open the stored visit</source>
        <translation>&amp;Ouvrir la visite enregistrée</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/duplicate_visit_dialog.py" line="74"/>
        <source>&amp;Merge into it</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/duplicate_visit_dialog.py" line="75"/>
        <source>&amp;Save anyway</source>
        <translation>&amp;Enregistrer quand même</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/main_window.py" line="243"/>
        <source>Added visit “{0}” from a press release.</source>
        <translation>Visite « {0} » ajoutée d&apos;après un communiqué.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/main_window.py" line="263"/>
        <source>Saved visit “{0}”.</source>
        <translation>Visite « {0} » enregistrée.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/main_window.py" line="275"/>
        <source>This deletes the visit and its {0}; the people stay.</source>
        <translation>La visite est supprimée avec : {0} ; les personnes sont conservées.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/main_window.py" line="276"/>
        <source>Nothing else is attached to it.</source>
        <translation>Rien d&apos;autre n&apos;y est rattaché.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/main_window.py" line="277"/>
        <location filename="../../briefing/gui/main_window.py" line="278"/>
        <location filename="../../briefing/gui/window_actions.py" line="106"/>
        <source>Delete visit</source>
        <translation>Supprimer la visite</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/main_window.py" line="277"/>
        <source>Delete the visit “{0}”?</source>
        <translation>Supprimer la visite « {0} » ?</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/main_window.py" line="279"/>
        <source>{0}

You can undo this with Edit → Undo (Ctrl+Z).</source>
        <translation>{0}

Vous pouvez revenir en arrière par Édition → Annuler (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/main_window.py" line="285"/>
        <source>Not deleted</source>
        <translation>Non supprimé</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/main_window.py" line="290"/>
        <source>Deleted visit “{0}”.</source>
        <translation>Visite « {0} » supprimée.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/main_window.py" line="299"/>
        <source>Not undone</source>
        <translation>Non annulé</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/main_window.py" line="307"/>
        <source>Undone: {0}.</source>
        <translation>Annulé : {0}.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/main_window.py" line="345"/>
        <source>Imported {0}.</source>
        <translation>Importé : {0}.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/main_window.py" line="373"/>
        <source>Preferences saved.</source>
        <translation>Préférences enregistrées.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/main_window.py" line="410"/>
        <source>About Briefing</source>
        <translation>À propos de Briefing</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/main_window.py" line="411"/>
        <source>&lt;h3&gt;Briefing {0}&lt;/h3&gt;&lt;p&gt;Record official visits and ministerial meetings, and export the minister&apos;s briefing note.&lt;/p&gt;&lt;p&gt;Database: {1}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Briefing {0}&lt;/h3&gt;&lt;p&gt;Enregistrer les visites officielles et les réunions ministérielles, et exporter la note d&apos;information du ministre.&lt;/p&gt;&lt;p&gt;Base de données : {1}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/messages.py" line="29"/>
        <source>Replace a read-only file?</source>
        <translation>Remplacer un fichier en lecture seule ?</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/messages.py" line="29"/>
        <source>{0} is read-only.</source>
        <translation>{0} est en lecture seule.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/messages.py" line="29"/>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/messages.py" line="30"/>
        <source>It may have been marked read-only so that it is kept as it is. Replace it with {0}?</source>
        <translation>Il a peut-être été mis en lecture seule pour rester tel quel. Le remplacer par : {0} ?</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/messages.py" line="44"/>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/messages.py" line="47"/>
        <source>Wait a moment for the other program to finish saving, then try again.</source>
        <translation>Attendez que l&apos;autre programme ait fini d&apos;enregistrer, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/messages.py" line="49"/>
        <source>Make the file (and its folder) writable, then start Briefing again.</source>
        <translation>Rendez le fichier (et son dossier) accessible en écriture, puis redémarrez Briefing.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/messages.py" line="51"/>
        <source>Try again; if it keeps failing, use File → Restore from backup.</source>
        <translation>Réessayez ; si l&apos;échec persiste, utilisez Fichier → Restaurer une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/models/attachment_list_model.py" line="14"/>
        <location filename="../../briefing/gui/models/record_table_models.py" line="50"/>
        <location filename="../../briefing/gui/models/record_table_models.py" line="85"/>
        <location filename="../../briefing/gui/models/review_table_model.py" line="40"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/models/attachment_list_model.py" line="14"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/models/attachment_list_model.py" line="14"/>
        <source>Added</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/models/record_table_models.py" line="51"/>
        <location filename="../../briefing/gui/models/review_table_model.py" line="43"/>
        <source>Side</source>
        <translation>Partie</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/models/record_table_models.py" line="52"/>
        <location filename="../../briefing/gui/models/review_table_model.py" line="44"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/models/record_table_models.py" line="53"/>
        <source>Title at the time</source>
        <translation>Fonction à la date</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/models/record_table_models.py" line="56"/>
        <location filename="../../briefing/gui/models/review_table_model.py" line="48"/>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/models/record_table_models.py" line="57"/>
        <location filename="../../briefing/gui/models/review_table_model.py" line="49"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/models/record_table_models.py" line="58"/>
        <source>Notes</source>
        <translation>Observations</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/models/record_table_models.py" line="61"/>
        <location filename="../../briefing/gui/models/review_table_model.py" line="52"/>
        <location filename="../../briefing/gui/models/visit_list_model.py" line="39"/>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/models/record_table_models.py" line="62"/>
        <location filename="../../briefing/gui/models/review_table_model.py" line="53"/>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/models/follow_ups_due_model.py" line="19"/>
        <location filename="../../briefing/gui/models/record_table_models.py" line="63"/>
        <location filename="../../briefing/gui/models/record_table_models.py" line="82"/>
        <location filename="../../briefing/gui/models/review_table_model.py" line="54"/>
        <location filename="../../briefing/gui/models/visit_list_model.py" line="43"/>
        <location filename="../../briefing/gui/widgets/overview_pane.py" line="45"/>
        <location filename="../../briefing/gui/widgets/visit_filter_bar.py" line="64"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/models/record_table_models.py" line="64"/>
        <source>Signed on</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/models/record_table_models.py" line="68"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/models/record_table_models.py" line="69"/>
        <source>What happened</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/models/record_table_models.py" line="72"/>
        <source>Speaker</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/models/record_table_models.py" line="73"/>
        <source>Words</source>
        <translation>Propos</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/models/record_table_models.py" line="76"/>
        <source>Key message</source>
        <translation>Message clé</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/models/follow_ups_due_model.py" line="19"/>
        <location filename="../../briefing/gui/models/record_table_models.py" line="79"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/models/follow_ups_due_model.py" line="19"/>
        <location filename="../../briefing/gui/models/record_table_models.py" line="80"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/models/follow_ups_due_model.py" line="19"/>
        <location filename="../../briefing/gui/models/record_table_models.py" line="81"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/models/follow_ups_due_model.py" line="71"/>
        <source>No date</source>
        <translation>Sans date</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/models/record_table_models.py" line="86"/>
        <location filename="../../briefing/gui/models/review_table_model.py" line="42"/>
        <source>Organization</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/models/record_table_models.py" line="87"/>
        <location filename="../../briefing/gui/widgets/visit_filter_bar.py" line="62"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/models/review_table_model.py" line="41"/>
        <source>Title</source>
        <comment>a person&apos;s position</comment>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/models/review_table_model.py" line="45"/>
        <source>In the database</source>
        <translation>Dans la base</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/models/review_table_model.py" line="150"/>
        <source> (least sure of the {0})</source>
        <translation> (le moins sûr : {0})</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/models/visit_list_model.py" line="38"/>
        <location filename="../../briefing/gui/widgets/overview_pane.py" line="42"/>
        <location filename="../../briefing/gui/widgets/visit_filter_bar.py" line="61"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/models/visit_list_model.py" line="40"/>
        <source>Guest</source>
        <translation>Invité</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/models/visit_list_model.py" line="41"/>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/models/visit_list_model.py" line="42"/>
        <location filename="../../briefing/gui/widgets/overview_pane.py" line="41"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/pdf_export.py" line="38"/>
        <source>The logo is left out: {0} {1}. Choose it again in Edit → Preferences, or clear it there.</source>
        <translation>Le logo est omis : {0} : {1}. Choisissez-le à nouveau dans Édition → Préférences, ou effacez-le.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/pdf_export.py" line="52"/>
        <source>The Word template is left out: {0} {1}. The built-in look is used; choose the template again in Edit → Preferences, or clear it there.</source>
        <translation>Le modèle Word n’est pas utilisé : {0} {1}. La présentation intégrée est appliquée ; choisissez de nouveau le modèle dans Édition → Préférences, ou retirez-le.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/pdf_export.py" line="115"/>
        <source>Briefing note: {0}</source>
        <translation>Note d&apos;information : {0}</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/pdf_export.py" line="105"/>
        <source>briefing note</source>
        <translation>note d&apos;information</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/pdf_export.py" line="130"/>
        <source>Save briefing note as Word</source>
        <translation>Enregistrer la note d’information au format Word</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="40"/>
        <location filename="../../briefing/gui/pdf_export.py" line="131"/>
        <location filename="../../briefing/gui/pdf_export.py" line="232"/>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/pdf_export.py" line="151"/>
        <source>The {0} could not be written to {1}: {2}.

Choose another folder (one you can write to) or another file name, and export again.</source>
        <translation>Impossible d’écrire {0} dans {1} : {2}.

Choisissez un autre dossier (où vous pouvez écrire) ou un autre nom de fichier, puis exportez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/pdf_export.py" line="157"/>
        <source>Saved, with a part left out</source>
        <translation>Enregistré, avec un élément omis</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/pdf_export.py" line="200"/>
        <source>country dossier</source>
        <translation>dossier pays</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/pdf_export.py" line="201"/>
        <source>Country dossier: {0}</source>
        <translation>Dossier pays : {0}</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/pdf_export.py" line="216"/>
        <source>Laying out the visits with {0}…</source>
        <translation>Mise en page des visites avec {0}…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/pdf_export.py" line="231"/>
        <source>Save country dossier as Word</source>
        <translation>Enregistrer le dossier pays au format Word</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="161"/>
        <location filename="../../briefing/gui/record_kinds.py" line="71"/>
        <location filename="../../briefing/gui/widgets/detail_pane.py" line="26"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/record_kinds.py" line="75"/>
        <source>The person stays in the People list; their signatures on this visit&apos;s agreements go.</source>
        <translation>La personne reste dans la liste des personnes ; ses signatures des accords de cette visite sont retirées.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="164"/>
        <location filename="../../briefing/gui/record_kinds.py" line="77"/>
        <location filename="../../briefing/gui/widgets/detail_pane.py" line="26"/>
        <source>Cooperation areas</source>
        <translation>Domaines de coopération</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/record_kinds.py" line="77"/>
        <source>cooperation area</source>
        <translation>domaine de coopération</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/record_kinds.py" line="77"/>
        <source>cooperation areas</source>
        <translation>domaines de coopération</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="167"/>
        <location filename="../../briefing/gui/record_kinds.py" line="80"/>
        <location filename="../../briefing/gui/widgets/detail_pane.py" line="27"/>
        <source>Agreements</source>
        <translation>Accords</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/record_kinds.py" line="71"/>
        <source>participant</source>
        <translation>participant</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/record_kinds.py" line="71"/>
        <source>participants</source>
        <translation>participants</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/record_kinds.py" line="80"/>
        <source>agreement</source>
        <translation>accord</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/record_kinds.py" line="80"/>
        <source>agreements</source>
        <translation>accords</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/record_kinds.py" line="84"/>
        <location filename="../../briefing/gui/widgets/background_pane.py" line="37"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/record_kinds.py" line="84"/>
        <source>history entry</source>
        <translation>fait d&apos;historique</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/record_kinds.py" line="84"/>
        <source>history entries</source>
        <translation>faits d&apos;historique</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/record_kinds.py" line="87"/>
        <location filename="../../briefing/gui/widgets/background_pane.py" line="38"/>
        <source>Quotes</source>
        <translation>Citations</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/record_kinds.py" line="87"/>
        <source>quote</source>
        <translation>citation</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/record_kinds.py" line="87"/>
        <source>quotes</source>
        <translation>citations</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/record_kinds.py" line="90"/>
        <location filename="../../briefing/gui/widgets/detail_pane.py" line="27"/>
        <source>Talking points</source>
        <translation>Éléments de langage</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/record_kinds.py" line="90"/>
        <source>talking point</source>
        <translation>élément de langage</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/record_kinds.py" line="90"/>
        <source>talking points</source>
        <translation>éléments de langage</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/record_kinds.py" line="93"/>
        <location filename="../../briefing/gui/widgets/detail_pane.py" line="28"/>
        <source>Follow-ups</source>
        <translation>Suites</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/record_kinds.py" line="93"/>
        <source>follow-up action</source>
        <translation>suite à donner</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/record_kinds.py" line="93"/>
        <source>follow-up actions</source>
        <translation>suites à donner</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/startup.py" line="19"/>
        <source>To work on another database meanwhile, start Briefing with --db and the path of that file (a new path creates a new database).</source>
        <translation>Pour travailler entre-temps sur une autre base, lancez Briefing avec --db et le chemin de ce fichier (un nouveau chemin crée une nouvelle base).</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/startup.py" line="34"/>
        <source>{0} was written by a newer version of Briefing (database version {1}). This is Briefing {2}, which reads database versions up to {3}.

Open the file with the newer Briefing, or install it here. The file was not changed.</source>
        <translation>{0} a été écrit par une version plus récente de Briefing (version de base {1}). Ceci est Briefing {2}, qui lit les versions de base jusqu&apos;à {3}.

Ouvrez le fichier avec le Briefing plus récent, ou installez-le ici. Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/startup.py" line="52"/>
        <source>Cannot open the database {0}.</source>
        <translation>Impossible d&apos;ouvrir la base {0}.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/startup.py" line="53"/>
        <source>Restore backup</source>
        <translation>Restaurer la sauvegarde</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/startup.py" line="44"/>
        <source>

Its visits can still be taken, and only their data: open Briefing on your own database and choose File → Import… with this file</source>
        <translation>

Ses visites peuvent quand même être reprises, leurs données seules : ouvrez Briefing sur votre propre base et choisissez Fichier → Importer… avec ce fichier</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/startup.py" line="54"/>
        <source>{0}{1}.

The newest good backup is from {2} and holds {3}. Restoring it puts a copy in place of the file; the file itself is kept beside it, renamed, for a specialist to look at.

</source>
        <translation>{0}{1}.

La sauvegarde valide la plus récente date du {2} et contient {3}. La restaurer met une copie à la place du fichier ; le fichier lui-même est conservé à côté, renommé, pour examen par un spécialiste.

</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/startup.py" line="57"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/startup.py" line="75"/>
        <source>Cannot open the database {0}.

{1}{2}.

{3}</source>
        <translation>Impossible d&apos;ouvrir la base {0}.

{1}{2}.

{3}</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/startup.py" line="86"/>
        <source>The backup of {0} could not be restored: {1}.

{2}</source>
        <translation>La sauvegarde du {0} n&apos;a pas pu être restaurée : {1}.

{2}</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/startup.py" line="89"/>
        <source>Restored the backup of {0}. The file that could not be opened is kept as {1}.</source>
        <translation>Sauvegarde du {0} restaurée. Le fichier qui ne s&apos;ouvrait pas est conservé sous {1}.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/confidence_dot.py" line="16"/>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/confidence_dot.py" line="16"/>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/confidence_dot.py" line="16"/>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/confidence_dot.py" line="17"/>
        <source>Not found in the text</source>
        <translation>Absent du texte</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/confidence_dot.py" line="30"/>
        <source>Not in the text as such: made from the fields found; check it.</source>
        <translation>Absent du texte tel quel : composé à partir des champs trouvés ; vérifiez-le.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/confidence_dot.py" line="31"/>
        <source>{0}: fill it in if you know it.</source>
        <translation>{0} : complétez si vous le savez.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/confidence_dot.py" line="32"/>
        <source>{0} confidence: select the field to see the passage it comes from.</source>
        <translation>Certitude {0} : sélectionnez le champ pour voir le passage source.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/confidence_dot.py" line="38"/>
        <source> ○ not found</source>
        <translation> ○ absent</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/confidence_dot.py" line="78"/>
        <source>{0} confidence</source>
        <translation>Certitude : {0}</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/country_combo.py" line="17"/>
        <source>Type or choose a country</source>
        <translation>Saisissez ou choisissez un pays</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/date_field.py" line="43"/>
        <source>Pick a date from the calendar</source>
        <translation>Choisir une date dans le calendrier</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/date_field.py" line="44"/>
        <source>Pick a date</source>
        <translation>Choisir une date</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/detail_pane.py" line="26"/>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/detail_pane.py" line="27"/>
        <source>Background</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/detail_pane.py" line="28"/>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/detail_pane.py" line="87"/>
        <source>Edit visit…</source>
        <translation>Modifier la visite…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/detail_pane.py" line="111"/>
        <source>New visit…</source>
        <translation>Nouvelle visite…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/overview_pane.py" line="39"/>
        <source>Guest country</source>
        <translation>Pays invité</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/overview_pane.py" line="40"/>
        <source>Host country</source>
        <translation>Pays d&apos;accueil</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/models/attachment_list_model.py" line="14"/>
        <location filename="../../briefing/gui/widgets/overview_pane.py" line="43"/>
        <location filename="../../briefing/gui/widgets/visit_filter_bar.py" line="63"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/overview_pane.py" line="44"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/overview_pane.py" line="49"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/overview_pane.py" line="49"/>
        <source>Significance</source>
        <translation>Portée</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/overview_pane.py" line="49"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/record_pane.py" line="56"/>
        <source>No {0} yet.</source>
        <translation>Aucune fiche pour l&apos;instant ({0}).</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/record_pane.py" line="56"/>
        <source>Add {0}…</source>
        <translation>Ajouter : {0}…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/record_pane.py" line="61"/>
        <source>Add a {0}</source>
        <translation>Ajouter : {0}</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/record_pane.py" line="64"/>
        <source>Edit the selected {0}</source>
        <translation>Modifier la sélection : {0}</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/record_pane.py" line="66"/>
        <source>Delete the selected {0}</source>
        <translation>Supprimer la sélection : {0}</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/record_pane.py" line="67"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/record_pane.py" line="68"/>
        <source>Move up (Ctrl+Up)</source>
        <translation>Monter (Ctrl+Haut)</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/record_pane.py" line="69"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/record_pane.py" line="70"/>
        <source>Move down (Ctrl+Down)</source>
        <translation>Descendre (Ctrl+Bas)</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/record_pane.py" line="202"/>
        <source>Added {0}.</source>
        <translation>Fiche ajoutée ({0}).</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/record_pane.py" line="216"/>
        <source>Saved {0}.</source>
        <translation>Fiche enregistrée ({0}).</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/record_pane.py" line="225"/>
        <source>Delete the {0} “{1}”?</source>
        <translation>Supprimer cette fiche ({0}) : « {1} » ?</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/record_pane.py" line="226"/>
        <location filename="../../briefing/gui/widgets/record_pane.py" line="227"/>
        <source>Delete {0}</source>
        <translation>Supprimer : {0}</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/record_pane.py" line="233"/>
        <source>{0} not deleted</source>
        <translation>Non supprimé : {0}</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/record_pane.py" line="239"/>
        <source>Deleted {0}.</source>
        <translation>Fiche supprimée ({0}).</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/record_pane.py" line="249"/>
        <source>{0} not moved</source>
        <translation>Non déplacé : {0}</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/record_pane.py" line="253"/>
        <source>Moved {0} up.</source>
        <translation>Fiche remontée ({0}).</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/record_pane.py" line="253"/>
        <source>Moved {0} down.</source>
        <translation>Fiche descendue ({0}).</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/review_table.py" line="46"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/search_box.py" line="23"/>
        <source>Search visits: people, places, topics, agreements…</source>
        <translation>Chercher des visites : personnes, lieux, sujets, accords…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/search_box.py" line="26"/>
        <source>Search visits</source>
        <translation>Chercher des visites</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/source_view.py" line="25"/>
        <source>Press release text</source>
        <translation>Texte du communiqué</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/task_progress.py" line="16"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/visit_editors.py" line="32"/>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/visit_editors.py" line="34"/>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/visit_list_pane.py" line="34"/>
        <source>Filter the list by dates, country, type, status and follow-ups</source>
        <translation>Filtrer la liste par dates, pays, type, statut et suites à donner</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/visit_list_pane.py" line="53"/>
        <source>Under way</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/visit_list_pane.py" line="96"/>
        <source>Filters ({0})</source>
        <translation>Filtres ({0})</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/visit_list_pane.py" line="96"/>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/visit_list_pane.py" line="137"/>
        <source>No visits match ‘{0}’ with these filters.</source>
        <translation>Aucune visite ne correspond à « {0} » avec ces filtres.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/visit_list_pane.py" line="138"/>
        <source>No visits match these filters.</source>
        <translation>Aucune visite ne correspond à ces filtres.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/visit_list_pane.py" line="140"/>
        <source>No visits match ‘{0}’.</source>
        <translation>Aucune visite ne correspond à « {0} ».</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/visit_list_pane.py" line="140"/>
        <source>No visits yet.</source>
        <translation>Aucune visite pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/visit_review_form.py" line="56"/>
        <source>Written from the fields found; check it against the text.</source>
        <translation>Rédigé à partir des champs trouvés ; vérifiez-le par rapport au texte.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/visit_review_form.py" line="57"/>
        <source>Re&amp;write the summary from the fields</source>
        <translation>Réé&amp;crire le résumé à partir des champs</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/visit_review_form.py" line="58"/>
        <source>After correcting the participants, dates or countries, write the summary again from what the form holds now.</source>
        <translation>Après avoir corrigé les participants, les dates ou les pays, réécrire le résumé à partir du contenu actuel du formulaire.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="72"/>
        <source>&amp;New visit…</source>
        <translation>&amp;Nouvelle visite…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="73"/>
        <source>Create a new visit</source>
        <translation>Créer une nouvelle visite</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="74"/>
        <source>New &amp;visit from press release…</source>
        <translation>Nouvelle visite d&apos;après un &amp;communiqué…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="76"/>
        <source>Create a visit from a press release you paste or open</source>
        <translation>Créer une visite d&apos;après un communiqué collé ou ouvert</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="77"/>
        <source>From press release</source>
        <translation>D&apos;après un communiqué</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="78"/>
        <source>&amp;Export briefing…</source>
        <translation>&amp;Exporter la note…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="79"/>
        <source>Export the selected visit&apos;s briefing note as PDF</source>
        <translation>Exporter en PDF la note d&apos;information de la visite sélectionnée</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="79"/>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="80"/>
        <source>Export note as &amp;Word…</source>
        <translation>Exporter la note au format &amp;Word…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="81"/>
        <source>Export the selected visit&apos;s briefing note as a Word document, for editing</source>
        <translation>Exporter la note d’information de la visite sélectionnée en document Word, pour la modifier</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="83"/>
        <source>Print the selected visit&apos;s briefing note with the last export options</source>
        <translation>Imprimer la note d’information de la visite sélectionnée avec les dernières options d’export</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="84"/>
        <source>Export country &amp;dossier…</source>
        <translation>Exporter un &amp;dossier pays…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="85"/>
        <source>Export every visit with one country as one PDF</source>
        <translation>Exporter toutes les visites avec un pays dans un seul PDF</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="86"/>
        <source>Export country dossier as W&amp;ord…</source>
        <translation>Exporter un dossier pays au format W&amp;ord…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="87"/>
        <source>Export every visit with one country as one Word document, for editing</source>
        <translation>Exporter toutes les visites avec un pays dans un seul document Word, pour modification</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="89"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="90"/>
        <source>Import visits from a Briefing JSON file</source>
        <translation>Importer des visites d&apos;un fichier JSON Briefing</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="91"/>
        <source>Export da&amp;ta…</source>
        <translation>E&amp;xporter les données…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="92"/>
        <source>Export the database or the selected visit as JSON</source>
        <translation>Exporter la base ou la visite sélectionnée en JSON</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="93"/>
        <source>Export visit &amp;list as CSV…</source>
        <translation>Exporter la &amp;liste des visites en CSV…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="94"/>
        <source>Export the visit list for spreadsheets</source>
        <translation>Exporter la liste des visites pour un tableur</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="95"/>
        <source>Export &amp;agreements as CSV…</source>
        <translation>Exporter les &amp;accords en CSV…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="97"/>
        <source>Export every agreement for spreadsheets</source>
        <translation>Exporter tous les accords pour un tableur</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="98"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="99"/>
        <source>Replace the database with one of its backups</source>
        <translation>Remplacer la base par l&apos;une de ses sauvegardes</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="100"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="102"/>
        <source>Undo the last saved change</source>
        <translation>Annuler la dernière modification enregistrée</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="102"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="103"/>
        <source>&amp;Edit visit…</source>
        <translation>&amp;Modifier la visite…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="104"/>
        <source>Edit the selected visit</source>
        <translation>Modifier la visite sélectionnée</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="105"/>
        <source>&amp;Delete visit</source>
        <translation>&amp;Supprimer la visite</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="106"/>
        <source>Delete the selected visit</source>
        <translation>Supprimer la visite sélectionnée</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="107"/>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="108"/>
        <source>Search the visits</source>
        <translation>Chercher dans les visites</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="109"/>
        <source>&amp;People…</source>
        <translation>&amp;Personnes…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="110"/>
        <source>Find, add, edit and delete people</source>
        <translation>Chercher, ajouter, modifier et supprimer des personnes</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="111"/>
        <source>Follo&amp;w-ups due…</source>
        <translation>Suites à &amp;donner…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="112"/>
        <source>Every follow-up still to do, across visits, soonest due first</source>
        <translation>Toutes les suites encore à donner, toutes visites confondues, les plus urgentes d’abord</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="113"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="114"/>
        <source>Read the list and the visit again from the database</source>
        <translation>Relire la liste et la visite dans la base</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="115"/>
        <source>Prefere&amp;nces…</source>
        <translation>Préfére&amp;nces…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="116"/>
        <source>The organisation printed on notes, its logo, and backups</source>
        <translation>L&apos;organisme imprimé sur les notes, son logo, la langue et les sauvegardes</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="117"/>
        <source>&amp;About Briefing</source>
        <translation>À &amp;propos de Briefing</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="153"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="158"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="160"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="162"/>
        <source>List &amp;columns</source>
        <translation>&amp;Colonnes de la liste</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="164"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="169"/>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="173"/>
        <source>&amp;Toolbar</source>
        <translation>&amp;Barre d&apos;outils</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/printing.py" line="56"/>
        <source>the document could not be read for printing</source>
        <translation>le document n’a pas pu être lu pour l’impression</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/printing.py" line="65"/>
        <source>the printer could not be started</source>
        <translation>l’imprimante n’a pas pu être démarrée</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/printing.py" line="70"/>
        <source>the printer stopped taking pages</source>
        <translation>l’imprimante a cessé d’accepter des pages</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/printing.py" line="83"/>
        <source>Print {0}</source>
        <translation>Imprimer : {0}</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/printing.py" line="89"/>
        <source>Not printed</source>
        <translation>Non imprimé</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/printing.py" line="89"/>
        <source>The {0} was not printed: {1}.

Check that the printer is switched on and connected, then print again.</source>
        <translation>{0} n’a pas été imprimée : {1}.

Vérifiez que l’imprimante est allumée et connectée, puis imprimez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="17"/>
        <source>This field is required.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="18"/>
        <source>Too long: {0:,} characters, at most {1:,}.</source>
        <translation>Trop long : {0} caractères, {1} au plus.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="19"/>
        <source>Contains the control character {0}; remove it.</source>
        <translation>Contient le caractère de contrôle {0} ; supprimez-le.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="20"/>
        <source>Choose one from the list.</source>
        <translation>Choisissez une valeur dans la liste.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="21"/>
        <source>&apos;{0}&apos; is not in the list; choose one from it.</source>
        <translation>« {0} » ne figure pas dans la liste ; choisissez-y une valeur.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="22"/>
        <source>Choose a country from the list.</source>
        <translation>Choisissez un pays dans la liste.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="24"/>
        <source>Host and guest must be different countries.</source>
        <translation>Le pays d&apos;accueil et le pays invité doivent être différents.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="25"/>
        <source>&apos;{0}&apos; is not a date in the form YYYY-MM-DD.</source>
        <translation>« {0} » n&apos;est pas une date au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="26"/>
        <source>&apos;{0}&apos; is not a real date.</source>
        <translation>« {0} » n&apos;est pas une date qui existe.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="27"/>
        <source>The end date is before the start date.</source>
        <translation>La date de fin précède la date de début.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="28"/>
        <source>Choose a person.</source>
        <translation>Choisissez une personne.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="29"/>
        <source>&apos;{0}&apos; is not a date; write YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>« {0} » n&apos;est pas une date ; écrivez AAAA, AAAA-MM ou AAAA-MM-JJ.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="30"/>
        <source>This person already takes part in this visit.</source>
        <translation>Cette personne participe déjà à cette visite.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="31"/>
        <source>A signatory must be a participant of the same visit.</source>
        <translation>Un signataire doit être un participant de la même visite.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="32"/>
        <source>&apos;{0}&apos; is not a known country</source>
        <translation>« {0} » n&apos;est pas un pays connu</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="33"/>
        <source>&apos;{0}&apos; is listed twice</source>
        <translation>« {0} » figure deux fois</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="34"/>
        <source>&apos;{0}&apos; is not a participant of this visit</source>
        <translation>« {0} » ne participe pas à cette visite</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="35"/>
        <source>&apos;{0}&apos; is not base64 data</source>
        <translation>« {0} » n’est pas en base64</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="36"/>
        <source>&apos;{0}&apos; does not match its sha256</source>
        <translation>« {0} » ne correspond pas à son sha256</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="37"/>
        <source>&apos;{0}&apos; passes the limits of {1} a file, {2} a visit</source>
        <translation>« {0} » dépasse les limites de {1} par fichier, {2} par visite</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="60"/>
        <source>Add visit</source>
        <comment>undo step</comment>
        <translation>ajout d&apos;une visite</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="61"/>
        <source>Edit visit</source>
        <comment>undo step</comment>
        <translation>modification de la visite</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="62"/>
        <source>Delete visit</source>
        <comment>undo step</comment>
        <translation>suppression de la visite</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="63"/>
        <source>Add person</source>
        <comment>undo step</comment>
        <translation>ajout d&apos;une personne</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="64"/>
        <source>Edit person</source>
        <comment>undo step</comment>
        <translation>modification de la personne</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="65"/>
        <source>Delete person</source>
        <comment>undo step</comment>
        <translation>suppression de la personne</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="66"/>
        <source>Import</source>
        <comment>undo step</comment>
        <translation>import</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="67"/>
        <source>Import visit</source>
        <comment>undo step</comment>
        <translation>import de la visite</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="68"/>
        <source>Add demo visit</source>
        <comment>undo step</comment>
        <translation>ajout de la visite de démonstration</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="69"/>
        <source>Add participant</source>
        <comment>undo step</comment>
        <translation>ajout d&apos;un participant</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="70"/>
        <source>Edit participant</source>
        <comment>undo step</comment>
        <translation>modification du participant</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="71"/>
        <source>Delete participant</source>
        <comment>undo step</comment>
        <translation>suppression du participant</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="72"/>
        <source>Reorder participants</source>
        <comment>undo step</comment>
        <translation>nouvel ordre des participants</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="73"/>
        <source>Add cooperation area</source>
        <comment>undo step</comment>
        <translation>ajout d&apos;un domaine de coopération</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="74"/>
        <source>Edit cooperation area</source>
        <comment>undo step</comment>
        <translation>modification du domaine de coopération</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="75"/>
        <source>Delete cooperation area</source>
        <comment>undo step</comment>
        <translation>suppression du domaine de coopération</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="76"/>
        <source>Reorder cooperation areas</source>
        <comment>undo step</comment>
        <translation>nouvel ordre des domaines de coopération</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="77"/>
        <source>Add agreement</source>
        <comment>undo step</comment>
        <translation>ajout d&apos;un accord</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="78"/>
        <source>Edit agreement</source>
        <comment>undo step</comment>
        <translation>modification de l&apos;accord</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="79"/>
        <source>Delete agreement</source>
        <comment>undo step</comment>
        <translation>suppression de l&apos;accord</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="80"/>
        <source>Reorder agreements</source>
        <comment>undo step</comment>
        <translation>nouvel ordre des accords</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="81"/>
        <source>Add history entry</source>
        <comment>undo step</comment>
        <translation>ajout d&apos;un fait d&apos;historique</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="82"/>
        <source>Edit history entry</source>
        <comment>undo step</comment>
        <translation>modification du fait d&apos;historique</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="83"/>
        <source>Delete history entry</source>
        <comment>undo step</comment>
        <translation>suppression du fait d&apos;historique</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="84"/>
        <source>Reorder history entries</source>
        <comment>undo step</comment>
        <translation>nouvel ordre de l&apos;historique</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="85"/>
        <source>Add quote</source>
        <comment>undo step</comment>
        <translation>ajout d&apos;une citation</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="86"/>
        <source>Edit quote</source>
        <comment>undo step</comment>
        <translation>modification de la citation</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="87"/>
        <source>Delete quote</source>
        <comment>undo step</comment>
        <translation>suppression de la citation</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="88"/>
        <source>Reorder quotes</source>
        <comment>undo step</comment>
        <translation>nouvel ordre des citations</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="89"/>
        <source>Add talking point</source>
        <comment>undo step</comment>
        <translation>ajout d&apos;un élément de langage</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="90"/>
        <source>Edit talking point</source>
        <comment>undo step</comment>
        <translation>modification de l&apos;élément de langage</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="91"/>
        <source>Delete talking point</source>
        <comment>undo step</comment>
        <translation>suppression de l&apos;élément de langage</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="92"/>
        <source>Reorder talking points</source>
        <comment>undo step</comment>
        <translation>nouvel ordre des éléments de langage</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="93"/>
        <source>Add follow-up action</source>
        <comment>undo step</comment>
        <translation>ajout d&apos;une suite à donner</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="94"/>
        <source>Edit follow-up action</source>
        <comment>undo step</comment>
        <translation>modification de la suite à donner</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="95"/>
        <source>Delete follow-up action</source>
        <comment>undo step</comment>
        <translation>suppression de la suite à donner</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="96"/>
        <source>Reorder follow-up actions</source>
        <comment>undo step</comment>
        <translation>nouvel ordre des suites à donner</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="97"/>
        <source>Add attachment</source>
        <comment>undo step</comment>
        <translation>Ajout d’une pièce jointe</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="98"/>
        <source>Remove attachment</source>
        <comment>undo step</comment>
        <translation>Retrait d’une pièce jointe</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/visit_filter_bar.py" line="34"/>
        <source>Visits from</source>
        <translation>Visites à partir du</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/visit_filter_bar.py" line="35"/>
        <source>Visits until</source>
        <translation>Visites jusqu’au</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/visit_filter_bar.py" line="36"/>
        <source>Host or guest</source>
        <translation>Hôte ou invité</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/visit_filter_bar.py" line="37"/>
        <source>Country, host or guest</source>
        <translation>Pays, hôte ou invité</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/visit_filter_bar.py" line="40"/>
        <source>Visit type</source>
        <translation>Type de visite</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/visit_filter_bar.py" line="43"/>
        <source>Visit status</source>
        <translation>Statut de la visite</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/visit_filter_bar.py" line="46"/>
        <source>Has open follow-ups</source>
        <translation>Avec des suites à donner en cours</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/visit_filter_bar.py" line="47"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/visit_filter_bar.py" line="110"/>
        <source>‘{0}’ is not a date: type it as YYYY-MM-DD or pick it from the calendar.</source>
        <translation>« {0} » n’est pas une date : saisissez-la au format AAAA-MM-JJ ou choisissez-la dans le calendrier.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/attachments_pane.py" line="33"/>
        <source>A visit keeps files of up to {0} each, {1} in all.</source>
        <translation>Une visite conserve des fichiers de {0} au plus chacun, {1} au total.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/attachments_pane.py" line="40"/>
        <source>“{0}” is {1}: it is not kept. {2}</source>
        <translation>« {0} » fait {1} : il n’est pas joint. {2}</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/attachments_pane.py" line="42"/>
        <source>“{0}” is {1} and the visit already keeps {2}: it is not kept. {3}</source>
        <translation>« {0} » fait {1} et la visite conserve déjà {2} : il n’est pas joint. {3}</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/attachments_pane.py" line="102"/>
        <source>Drop files on the list to keep them with the visit. {0}</source>
        <translation>Déposez des fichiers sur la liste pour les joindre à la visite. {0}</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/attachments_pane.py" line="103"/>
        <source>&amp;Add file…</source>
        <translation>&amp;Ajouter un fichier…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/attachments_pane.py" line="104"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/attachments_pane.py" line="106"/>
        <source>Re&amp;move</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/attachments_pane.py" line="179"/>
        <source>{0}. Choose another place, or make it writable.</source>
        <translation>{0}. Choisissez un autre emplacement ou rendez-le accessible en écriture.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/attachments_pane.py" line="186"/>
        <source>Add files to the visit</source>
        <translation>Joindre des fichiers à la visite</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/attachments_pane.py" line="186"/>
        <location filename="../../briefing/gui/widgets/attachments_pane.py" line="251"/>
        <source>Any file (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/attachments_pane.py" line="204"/>
        <location filename="../../briefing/gui/widgets/attachments_pane.py" line="208"/>
        <location filename="../../briefing/gui/widgets/attachments_pane.py" line="214"/>
        <location filename="../../briefing/gui/widgets/attachments_pane.py" line="217"/>
        <source>File not added</source>
        <translation>Fichier non ajouté</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/attachments_pane.py" line="224"/>
        <source>Added the file “{0}”.</source>
        <translation>Fichier « {0} » ajouté.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/attachments_pane.py" line="232"/>
        <location filename="../../briefing/gui/widgets/attachments_pane.py" line="237"/>
        <location filename="../../briefing/gui/widgets/attachments_pane.py" line="241"/>
        <source>File not opened</source>
        <translation>Fichier non ouvert</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/attachments_pane.py" line="233"/>
        <source>“{0}” is not a document or picture Briefing opens: it could be a program. Use Save as… and check it before opening it.</source>
        <translation>« {0} » n’est pas un document ou une image que Briefing ouvre : ce pourrait être un programme. Utilisez Enregistrer sous… et vérifiez-le avant de l’ouvrir.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/attachments_pane.py" line="242"/>
        <source>No program on this computer opens “{0}”. Use Save as… to keep it somewhere and open it with a program of your choice.</source>
        <translation>Aucun programme de cet ordinateur n’ouvre « {0} ». Utilisez Enregistrer sous… pour le garder ailleurs et ouvrez-le avec le programme de votre choix.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/attachments_pane.py" line="250"/>
        <source>Save the file as</source>
        <translation>Enregistrer le fichier sous</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/attachments_pane.py" line="255"/>
        <source>Saved “{0}”.</source>
        <translation>« {0} » enregistré.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/attachments_pane.py" line="255"/>
        <source>File not saved</source>
        <translation>Fichier non enregistré</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/attachments_pane.py" line="262"/>
        <source>Remove file</source>
        <translation>Retirer le fichier</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/attachments_pane.py" line="262"/>
        <source>Remove “{0}” from the visit?</source>
        <translation>Retirer « {0} » de la visite ?</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/attachments_pane.py" line="263"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/attachments_pane.py" line="268"/>
        <source>File not removed</source>
        <translation>Fichier non retiré</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/attachments_pane.py" line="271"/>
        <source>Removed the file “{0}”.</source>
        <translation>Fichier « {0} » retiré.</translation>
    </message>
</context>
</TS>
